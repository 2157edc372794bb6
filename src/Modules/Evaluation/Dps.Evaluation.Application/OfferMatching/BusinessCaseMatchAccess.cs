using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// Who sees a business case's offer matching: the buyers of its authority, the manager and auditors all of it; a
/// supplier only its own offers in it. Anyone else — and anyone before the business case is handed over — gets 404.
/// </summary>
internal static class BusinessCaseMatchAccess
{
    public static async Task<BusinessCaseMatch> GetReadableAsync(this IEvaluationDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var id = BusinessCaseMatchId.From(referralId);
        var match = await db.BusinessCaseMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var supplierId = actor.OwnSupplierId();
        var readable = match is not null && (actor.OverseesAll() || actor.ActsForAuthority(match.AuthorityId)
            || (supplierId is not null && await db.MatchedOffers.AnyAsync(o => o.MatchId == id && o.SupplierId == supplierId, cancellationToken)));
        return readable ? match! : throw NotMatched(referralId);
    }

    /// <summary>The matching, tracked and locked for the rest of the transaction, if the actor is a buyer of its authority.</summary>
    public static async Task<BusinessCaseMatch> GetOwnForUpdateAsync(this IEvaluationDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var match = await db.LockMatchAsync(BusinessCaseMatchId.From(referralId), cancellationToken);
        return match is not null && actor.ActsForAuthority(match.AuthorityId) ? match : throw NotMatched(referralId);
    }

    /// <summary>The matching, tracked and locked, if one of the actor's (a supplier's) offers is in it.</summary>
    public static async Task<BusinessCaseMatch> GetInvitedForUpdateAsync(this IEvaluationDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var id = BusinessCaseMatchId.From(referralId);
        var supplierId = actor.OwnSupplierId();
        var match = await db.LockMatchAsync(id, cancellationToken);
        return match is not null && supplierId is not null && await db.MatchedOffers.AnyAsync(o => o.MatchId == id && o.SupplierId == supplierId, cancellationToken)
            ? match
            : throw NotMatched(referralId);
    }

    private static NotFoundException NotMatched(Guid referralId) => new("Offer matching of business case", referralId);
}
