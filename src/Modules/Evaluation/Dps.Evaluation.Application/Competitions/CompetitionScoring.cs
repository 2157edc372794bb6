using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using Dps.Evaluation.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Evaluation.Application.Competitions;

/// <summary>A competition scored from its stored inputs: its bids, its method-statement entries and the scheme's rules.</summary>
internal sealed record ScoredCompetition(
    Competition Competition, IReadOnlyList<TenderedBid> Bids, IReadOnlyList<MethodStatementScore> Entries, CompetitionScores Scores, ScoringRules Rules)
{
    public TenderedBid Bid(Guid bidId) => Bids.Single(b => b.BidId == bidId);

    public BidScore ScoreOf(Guid bidId) => Scores.Bids.Single(b => b.BidId == bidId);
}

/// <summary>Scores a competition whenever it is read or decided on: nothing scored is stored, so nothing can drift from its inputs.</summary>
public sealed class CompetitionScoring(IEvaluationDb db, IOptions<EvaluationOptions> options)
{
    internal async Task<ScoredCompetition> ScoreAsync(Competition competition, CancellationToken cancellationToken)
    {
        var bids = await db.TenderedBids.AsNoTracking().Where(b => b.CompetitionId == competition.Id).ToListAsync(cancellationToken);
        var entries = await db.MethodStatementScores.AsNoTracking().Where(s => s.CompetitionId == competition.Id)
            .OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var rules = options.Value.Rules();
        return new ScoredCompetition(competition, bids, entries, competition.Score(bids, EffectiveScores.Of(entries), rules), rules);
    }
}
