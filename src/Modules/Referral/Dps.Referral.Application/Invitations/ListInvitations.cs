using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Invitations;

/// <summary>
/// A referral's invitations, nearest first; a supplier sees only its own. With <see cref="IncludeEligibility"/> (buyer,
/// manager, auditors) the decision on every member of the category in every round instead: the proof of equal treatment.
/// </summary>
public sealed record ListInvitations(Guid ReferralId, bool IncludeEligibility, int Page, int PageSize)
    : IQuery<Paged<InvitationResponse>>, IPagedQuery;

internal sealed class ListInvitationsValidator : AbstractValidator<ListInvitations>
{
    public ListInvitationsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListInvitationsHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<ListInvitations, Paged<InvitationResponse>>
{
    public async Task<Paged<InvitationResponse>> Handle(ListInvitations query, CancellationToken cancellationToken)
    {
        var referral = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        var supplierId = actor.ReadsAllOf(referral) ? (Guid?)null : actor.OwnSupplierId();
        if (query.IncludeEligibility)
        {
            if (supplierId is not null)
            {
                throw new ForbiddenException("Only the referral's buyers, the DPS manager and auditors read the eligibility of every member.");
            }

            return await EligibilityAsync(referral, query, cancellationToken);
        }

        var invitations = db.Invitations.AsNoTracking().Where(i => i.ReferralId == referral.Id);
        if (supplierId is { } own)
        {
            invitations = invitations.Where(i => i.SupplierId == own);
        }

        return await invitations.OrderBy(i => i.DistanceMiles).ThenBy(i => i.EstablishmentName).ThenBy(i => i.EstablishmentId)
            .ToPagedAsync(query, i => InvitationResponse.From(i, referral), cancellationToken);
    }

    private async Task<Paged<InvitationResponse>> EligibilityAsync(Domain.Referrals.ReferralCase referral, ListInvitations query, CancellationToken cancellationToken)
    {
        var referralId = referral.Id;
        var decisions = db.EligibilityDecisions.AsNoTracking().Where(d => d.ReferralId == referralId);
        var total = await decisions.CountAsync(cancellationToken);
        var page = await decisions.OrderBy(d => d.Round).ThenBy(d => d.DistanceMiles).ThenBy(d => d.EstablishmentName).ThenBy(d => d.EstablishmentId)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var establishments = page.Select(d => d.EstablishmentId).ToList();
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.ReferralId == referralId && establishments.Contains(i.EstablishmentId))
            .ToDictionaryAsync(i => i.EstablishmentId, cancellationToken);
        return new Paged<InvitationResponse>(
            [.. page.Select(d => InvitationResponse.From(d, invitations.GetValueOrDefault(d.EstablishmentId), referral))], query.Page, query.PageSize, total);
    }
}
