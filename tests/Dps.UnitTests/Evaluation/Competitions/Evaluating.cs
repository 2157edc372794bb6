using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Competitions;

/// <summary>
/// Competitions under evaluation as the domain tests need them: the scoring tests' needs (ASD a must-have) and features,
/// weights 50/50, and small sets of bids whose parent-choice group is known. Identical bids but for the price: £3,000
/// earns the whole 50 price points, £3,100 is 1.61 below it (in the group) and £6,000 is 25 below it (out).
/// </summary>
internal static class Evaluating
{
    public static readonly DateTimeOffset Now = Closed.AddDays(2);

    public static Competition Open(CriterionWeights? weights = null, int bidCount = 3) =>
        Competition.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Terms(weights ?? FiftyFifty), bidCount);

    public static CompetitionTerms Terms(CriterionWeights weights) => new(
        "WSCC-20260001", "Week", 1, 1, new DateOnly(2027, 1, 4), 39, weights, Needs, Features, "RH10 1AA", Closed.AddMinutes(-1), Closed);

    /// <summary>A top bid, one 1.61 points below it and one 25 points below: the group is the first two.</summary>
    public static (CompetitionScores Scores, BidInputs Top, BidInputs Close, BidInputs Far) GroupOfTwo()
    {
        var (top, close, far) = (Bid(3000m, minute: 1), Bid(3100m, minute: 2), Bid(6000m, minute: 3));
        return (Score(FiftyFifty, top, close, far), top, close, far);
    }

    /// <summary>A top bid 25 points above the next: a group of one.</summary>
    public static (CompetitionScores Scores, BidInputs Top, BidInputs Far) LoneTop()
    {
        var (top, far) = (Bid(3000m, minute: 1), Bid(6000m, minute: 2));
        return (Score(FiftyFifty, top, far), top, far);
    }

    /// <summary>Two compliant bids, one still awaiting its method-statement score: no ranking yet.</summary>
    public static CompetitionScores Unranked() => Score(FiftyFifty, Bid(3000m, minute: 1), Bid(3100m, outcomes: null, minute: 2));

    /// <summary>Only a bid that misses the must-have ASD: nothing to rank.</summary>
    public static CompetitionScores NoneCompliant() => Score(FiftyFifty, Bid(3000m, needs: ["SLT", "OT", "SEMH"]));

    public static CompetitionAward Awarded(Competition competition)
    {
        var (scores, _, _) = LoneTop();
        return competition.AwardTo(scores, "buyer-1", null, Now);
    }

    /// <summary>Asserts that the action is refused with a broken rule of that name, as the API's problem names it.</summary>
    public static BusinessRuleValidationException Refused(string ruleName, TestDelegate action)
    {
        var refused = Assert.Throws<BusinessRuleValidationException>(action, $"Expected rule {ruleName} to be broken.");
        Assert.That(refused!.RuleName, Is.EqualTo(ruleName));
        return refused;
    }
}
