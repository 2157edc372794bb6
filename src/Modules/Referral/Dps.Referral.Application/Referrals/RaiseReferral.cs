using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// A buyer raises a referral (a business case on a DPS that matches offers) in a category of a DPS its authority takes
/// part in; it is a draft until published.
/// </summary>
public sealed record RaiseReferral(ReferralDetails Details) : ICommand<ReferralResponse>;

internal sealed class RaiseReferralValidator : AbstractValidator<RaiseReferral>
{
    public RaiseReferralValidator(IOptions<ReferralOptions> options) =>
        this.ValidatesBody(c => c.Details, new ReferralDetailsValidator(options));
}

internal sealed class RaiseReferralHandler(IReferralDb db, ICurrentActor actor, IMediator mediator, IOptions<ReferralOptions> options, TimeProvider clock)
    : IRequestHandler<RaiseReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(RaiseReferral command, CancellationToken cancellationToken)
    {
        var category = await ReferralCategory.ForBuyerAsync(mediator, actor, command.Details.CategoryId, cancellationToken);
        var kind = options.Value.MatchesOffers(category.Category.DpsReference) ? ReferralKind.BusinessCase : ReferralKind.Referral;
        var referral = ReferralCase.Raise(
            kind, category.Category.DpsId, category.Category.CategoryId, category.AuthorityId, category.TermsOf(command.Details), category.Terms, clock.GetUtcNow());
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return ReferralResponse.From(referral, declined: 0);
    }
}
