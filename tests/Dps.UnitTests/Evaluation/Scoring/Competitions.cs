using Dps.Evaluation.Domain.Scoring;

namespace Dps.UnitTests.Evaluation.Scoring;

/// <summary>
/// Competitions as the scoring tests need them: required needs of marks 1 to 4 (10 in all, ASD a must-have) and desired
/// features of marks 1 and 3 (4 in all), so a bid's met marks can be any of the worked example's.
/// </summary>
internal static class Competitions
{
    public static readonly DateTimeOffset Closed = new(2027, 1, 4, 12, 0, 0, TimeSpan.Zero);

    public static readonly CriterionWeights FiftyFifty = new(Price: 50, Needs: 10, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 20);

    public static readonly CriterionWeights SeventyThirty = new(Price: 30, Needs: 15, Features: 10, Location: 5, CoreCompetency: 10, Outcomes: 30);

    public static readonly RequiredNeed[] Needs =
    [
        new("SLT", MustHave: false, 1), new("OT", MustHave: false, 2), new("SEMH", MustHave: false, 3), new("ASD", MustHave: true, 4),
    ];

    public static readonly DesiredFeature[] Features = [new("HALAL", 1), new("PETS", 3)];

    public static readonly string[] AllNeeds = ["SLT", "OT", "SEMH", "ASD"];

    public static readonly string[] AllFeatures = ["HALAL", "PETS"];

    /// <summary>A bid that meets every need and offers every feature unless told otherwise, submitted <paramref name="minute"/> minutes before the close.</summary>
    public static BidInputs Bid(
        decimal price = 3000m,
        decimal miles = 5m,
        string[]? needs = null,
        string[]? features = null,
        decimal? coreCompetency = 50m,
        decimal? outcomes = 50m,
        int minute = 0,
        Guid? id = null) =>
        new(id ?? Guid.NewGuid(), price, miles, needs ?? AllNeeds, features ?? AllFeatures, coreCompetency, outcomes, Closed.AddMinutes(-60 + minute));

    public static CompetitionScores Score(CriterionWeights weights, params BidInputs[] bids) => Score(weights, ScoringRules.Default, bids);

    public static CompetitionScores Score(CriterionWeights weights, ScoringRules rules, params BidInputs[] bids) =>
        CompetitionScorer.Score(new CompetitionInputs(weights, Needs, Features, bids), rules);

    public static BidScore Of(this CompetitionScores scores, BidInputs bid) => scores.Bids.Single(b => b.BidId == bid.BidId);

    public static decimal Round(decimal? value) => decimal.Round(value!.Value, 2, MidpointRounding.AwayFromZero);
}
