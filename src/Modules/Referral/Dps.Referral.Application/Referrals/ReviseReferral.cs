using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Referrals;

/// <summary>The buyer replaces a draft referral's details as a whole (If-Match guards a colleague's edit).</summary>
public sealed record ReviseReferral(Guid ReferralId, ReferralDetails Details, uint? ExpectedVersion) : ICommand<ReferralResponse>;

internal sealed class ReviseReferralValidator : AbstractValidator<ReviseReferral>
{
    public ReviseReferralValidator(IOptions<ReferralOptions> options) =>
        this.ValidatesBody(c => c.Details, new ReferralDetailsValidator(options));
}

internal sealed class ReviseReferralHandler(IReferralDb db, ICurrentActor actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ReviseReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(ReviseReferral command, CancellationToken cancellationToken)
    {
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(referral, command.ExpectedVersion);
        var category = await ReferralCategory.ForBuyerAsync(mediator, actor, referral.CategoryId, cancellationToken);
        referral.Revise(category.TermsOf(command.Details with { CategoryId = referral.CategoryId }), category.Terms, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ReferralResponse.From(referral, declined: 0);
    }
}
