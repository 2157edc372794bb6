using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Application.Evaluations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application.Feedback;

/// <summary>A bid's feedback, once its competition is awarded: for its supplier, the manager and auditors.</summary>
public sealed record GetBidFeedback(Guid BidId) : IQuery<BidFeedbackResponse>;

internal sealed class GetBidFeedbackHandler(IEvaluationDb db, ICurrentActor actor, CompetitionScoring scoring) : IRequestHandler<GetBidFeedback, BidFeedbackResponse>
{
    public async Task<BidFeedbackResponse> Handle(GetBidFeedback query, CancellationToken cancellationToken)
    {
        var bid = await db.TenderedBids.AsNoTracking().SingleOrDefaultAsync(b => b.BidId == query.BidId, cancellationToken);
        if (bid is null || !actor.MayReadSupplier(bid.SupplierId))
        {
            throw new NotFoundException("Bid of a closed competition", query.BidId);
        }

        var competition = await db.Competitions.AsNoTracking().SingleAsync(c => c.Id == bid.CompetitionId, cancellationToken);
        var award = competition.FeedbackFollowsTheAward();
        var scored = await scoring.ScoreAsync(competition, cancellationToken);
        var own = scored.ScoreOf(bid.BidId);
        return new BidFeedbackResponse(
            bid.BidId,
            competition.Id.Value,
            award.BidId == bid.BidId,
            own.Compliant,
            own.MissedMustHaves,
            own.Rank,
            scored.Scores.Bids.Count(b => b.Compliant),
            Breakdowns.Shown(own.Total),
            Breakdowns.Of(own, bid.Price.Currency, scored.Rules),
            Breakdowns.PointsOf(scored.ScoreOf(award.BidId)),
            award.AwardedAt,
            competition.Version);
    }
}
