using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Invitations;

/// <summary>
/// One round of invitations (publication, or a widening): the Catalogue says where every member of the category stands
/// now; the active ones within the limit not yet invited are invited, and the decision on each member is recorded.
/// </summary>
public sealed class InvitationRounds(IReferralDb db, IMediator mediator, IInvitationLedger ledger, IOptions<ReferralOptions> options)
{
    public async Task<(PurchasingCategory Category, ResponsePeriod ResponsePeriod)> CategoryOfAsync(ReferralCase referral, CancellationToken cancellationToken)
    {
        var category = await mediator.Send(new FindPurchasingCategory(referral.CategoryId), cancellationToken)
            ?? throw new InvalidOperationException($"Qualification no longer knows category {referral.CategoryId}.");
        return (category, options.Value.ResponsePeriodFor(category.DpsReference, category.CategoryName));
    }

    public async Task InviteAsync(ReferralCase referral, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var home = referral.Terms.Home;
        var members = await mediator.Send(
            new FindCategoryMembers(referral.CategoryId, home.Latitude, home.Longitude, referral.Terms.GeographicLimitMiles), cancellationToken);
        var invitedBefore = referral.Round == 1
            ? []
            : (await db.Invitations.Where(i => i.ReferralId == referral.Id).Select(i => i.EstablishmentId).ToListAsync(cancellationToken)).ToHashSet();

        var decisions = new List<EligibilityDecision>(members.Count);
        var invitations = new List<Invitation>();
        foreach (var member in members)
        {
            var decision = invitedBefore.Contains(member.EstablishmentId) ? Eligibility.AlreadyInvited
                : !member.Active ? Eligibility.Suspended
                : !member.WithinLimit ? Eligibility.OutsideLimit
                : Eligibility.Invited;
            if (decision == Eligibility.Invited)
            {
                invitations.Add(Invitation.Send(
                    referral, member.EstablishmentId, member.SupplierId, member.Name, member.DistanceMiles, [.. member.Needs], [.. member.Features], now));
            }

            decisions.Add(EligibilityDecision.Record(
                referral.Id, referral.Round, member.EstablishmentId, member.SupplierId, member.Name, decision, member.DistanceMiles, now));
        }

        await ledger.WriteAsync(invitations, decisions, cancellationToken);
        db.InvitationRounds.Add(InvitationRound.Record(referral, invitations, decisions, now));
        referral.RecordInvitations(invitations.Count, options.Value.MinimumEligibleMembers);
    }
}
