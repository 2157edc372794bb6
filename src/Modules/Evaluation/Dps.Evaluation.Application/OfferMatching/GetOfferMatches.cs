using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>A business case's offers ranked against it, scored now from their stored inputs.</summary>
public sealed record GetOfferMatches(Guid ReferralId) : IQuery<OfferMatchesResponse>;

internal sealed class GetOfferMatchesHandler(IEvaluationDb db, ICurrentActor actor, OfferMatchScoring scoring) : IRequestHandler<GetOfferMatches, OfferMatchesResponse>
{
    public async Task<OfferMatchesResponse> Handle(GetOfferMatches query, CancellationToken cancellationToken)
    {
        var match = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        return OfferMatchesResponses.For(actor, await scoring.ScoreAsync(match, cancellationToken), scoring.Options.OfferMinimumStandard);
    }
}

internal static class OfferMatchesResponses
{
    /// <summary>All of it for the buyer's authority, the manager and auditors; a supplier's own offers for a supplier.</summary>
    public static OfferMatchesResponse For(ICurrentActor actor, ScoredMatch scored, decimal minimumStandard) =>
        OfferMatchesResponse.From(
            scored,
            minimumStandard,
            actor.OverseesAll() || actor.ActsForAuthority(scored.Match.AuthorityId) ? _ => true : o => actor.ActsForSupplier(o.SupplierId));
}
