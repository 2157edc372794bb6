using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Referrals;

/// <summary>Referrals the actor may see, newest first, optionally of one category or in one status.</summary>
public sealed record ListReferrals(Guid? CategoryId, ReferralStatus? Status, int Page, int PageSize)
    : IQuery<Paged<ReferralResponse>>, IPagedQuery;

internal sealed class ListReferralsValidator : AbstractValidator<ListReferrals>
{
    public ListReferralsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListReferralsHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<ListReferrals, Paged<ReferralResponse>>
{
    public async Task<Paged<ReferralResponse>> Handle(ListReferrals query, CancellationToken cancellationToken)
    {
        var referrals = db.VisibleTo(actor);
        if (query.CategoryId is { } categoryId)
        {
            referrals = referrals.Where(r => r.CategoryId == categoryId);
        }

        if (query.Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }

        var total = await referrals.CountAsync(cancellationToken);
        var page = await referrals.OrderByDescending(r => r.RaisedAt).ThenBy(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new { Referral = r, Declined = db.Invitations.Count(i => i.ReferralId == r.Id && i.DeclinedAt != null) })
            .ToListAsync(cancellationToken);
        return new Paged<ReferralResponse>([.. page.Select(p => ReferralResponse.From(p.Referral, p.Declined))], query.Page, query.PageSize, total);
    }
}
