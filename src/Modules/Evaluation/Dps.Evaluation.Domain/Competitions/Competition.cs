using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Competitions.Rules;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>
/// A referral's competition once Referral has closed it: its terms and its opened bids (<see cref="TenderedBid"/>), scored
/// on demand from those stored inputs alone, so the same inputs always give the same scores; then the parent's choice and
/// the award.
/// </summary>
public sealed class Competition : AggregateRoot
{
    private Competition()
    {
    }

    /// <summary>The referral's id.</summary>
    public CompetitionId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid AuthorityId { get; private set; }

    public CompetitionTerms Terms { get; private set; } = null!;

    public CompetitionStatus Status { get; private set; }

    public int BidCount { get; private set; }

    public ParentChoice? ParentChoice { get; private set; }

    public CompetitionAward? Award { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>When anything that decides its ranking last changed, a method-statement score included: its version moves with it.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Competition Open(Guid referralId, Guid dpsId, Guid categoryId, Guid authorityId, CompetitionTerms terms, int bidCount) => new()
    {
        Id = CompetitionId.From(referralId),
        DpsId = dpsId,
        CategoryId = categoryId,
        AuthorityId = authorityId,
        Terms = terms,
        Status = CompetitionStatus.Evaluating,
        BidCount = bidCount,
        UpdatedAt = terms.ClosedAt,
    };

    /// <summary>Scores the bids with the competition's weights, needs and features and each method statement's effective score.</summary>
    public CompetitionScores Score(IEnumerable<TenderedBid> bids, IReadOnlyDictionary<Guid, decimal> outcomesScores, ScoringRules rules) =>
        CompetitionScorer.Score(
            new CompetitionInputs(
                Terms.Weights,
                Terms.RequiredNeeds,
                Terms.DesiredFeatures,
                [.. bids.Select(b => b.ScoringInputs(outcomesScores.TryGetValue(b.BidId, out var score) ? score : null))]),
            rules);

    public void CheckEvaluating() => CheckRule(new CompetitionMustBeEvaluatingRule(Status));

    /// <summary>A method-statement score was recorded: the ranking a buyer read before it is stale, so an If-Match on it fails.</summary>
    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void RecordParentChoice(CompetitionScores scores, Guid bidId, string recordedBy, string? note, DateTimeOffset now)
    {
        CheckEvaluating();
        CheckRule(new RankingMustBeCompleteRule(scores));
        CheckRule(new ParentChoiceMustBeInTheGroupRule(bidId, scores.ParentChoiceGroup));
        ParentChoice = new ParentChoice(bidId, recordedBy, now, note);
        UpdatedAt = now;
    }

    /// <summary>Awards the top bid, or the parent's choice when the group holds more than one.</summary>
    public CompetitionAward AwardTo(CompetitionScores scores, string awardedBy, AwardIncentive? incentive, DateTimeOffset now)
    {
        CheckEvaluating();
        CheckRule(new RankingMustBeCompleteRule(scores));
        CheckRule(new ParentChoiceMustBeRecordedRule(scores.ParentChoiceGroup, ParentChoice));
        var byParentChoice = scores.ParentChoiceGroup.Count > 1;
        var winner = byParentChoice ? ParentChoice!.BidId : scores.ParentChoiceGroup[0];
        Award = new CompetitionAward(Guid.CreateVersion7(), winner, byParentChoice, awardedBy, now, incentive);
        Status = CompetitionStatus.Awarded;
        UpdatedAt = now;
        return Award;
    }

    /// <summary>The award, which feedback to the bidders waits for.</summary>
    public CompetitionAward FeedbackFollowsTheAward()
    {
        CheckRule(new FeedbackFollowsTheAwardRule(Status));
        return Award!;
    }

    /// <summary>The referral was cancelled before award; an awarded competition stays awarded.</summary>
    public void Cancel(string reason, DateTimeOffset cancelledAt)
    {
        if (Status != CompetitionStatus.Evaluating)
        {
            return;
        }

        Status = CompetitionStatus.Cancelled;
        CancelledAt = cancelledAt;
        CancellationReason = reason;
        UpdatedAt = cancelledAt;
    }
}
