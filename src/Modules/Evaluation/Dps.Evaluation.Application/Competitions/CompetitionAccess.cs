using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Domain.Competitions;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application.Competitions;

/// <summary>
/// Who sees a competition's evaluation: the buyers of the referral's authority, the manager and auditors. Anyone else —
/// and anyone before the referral has closed — is told there is none (404).
/// </summary>
internal static class CompetitionAccess
{
    public static bool ReadsEvaluationOf(this ICurrentActor actor, Competition competition) =>
        actor.OverseesAll() || actor.ActsForAuthority(competition.AuthorityId);

    public static async Task<Competition> GetReadableAsync(this IEvaluationDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var competition = await db.Competitions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == CompetitionId.From(referralId), cancellationToken);
        return competition is not null && actor.ReadsEvaluationOf(competition) ? competition : throw NotClosed(referralId);
    }

    /// <summary>The competition, tracked and locked for the rest of the transaction, if the actor is a buyer of its authority.</summary>
    public static async Task<Competition> GetOwnForUpdateAsync(this IEvaluationDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var competition = await db.LockAsync(CompetitionId.From(referralId), cancellationToken);
        return competition is not null && actor.ActsForAuthority(competition.AuthorityId) ? competition : throw NotClosed(referralId);
    }

    private static NotFoundException NotClosed(Guid referralId) => new("Closed competition of referral", referralId);
}
