using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Invitations;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// The buyer widens a published referral's geographic limit: the members newly within it are invited too, and every
/// earlier invitation stands.
/// </summary>
public sealed record WidenReferral(Guid ReferralId, decimal GeographicLimitMiles, uint? ExpectedVersion) : ICommand<ReferralResponse>;

internal sealed class WidenReferralValidator : AbstractValidator<WidenReferral>
{
    public WidenReferralValidator(IOptions<ReferralOptions> options) =>
        RuleFor(c => c.GeographicLimitMiles).GreaterThan(0).LessThanOrEqualTo(options.Value.MaxGeographicLimitMiles);
}

internal sealed class WidenReferralHandler(IReferralDb db, ICurrentActor actor, InvitationRounds rounds, TimeProvider clock)
    : IRequestHandler<WidenReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(WidenReferral command, CancellationToken cancellationToken)
    {
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(referral, command.ExpectedVersion);
        var now = clock.GetUtcNow();
        referral.Widen(command.GeographicLimitMiles, now);
        await rounds.InviteAsync(referral, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ResponseAsync(referral, cancellationToken);
    }
}
