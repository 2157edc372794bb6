using System.Globalization;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Application.Evaluations;

/// <summary>Puts a bid's scores into words: each formula with its numbers, in the order it is computed.</summary>
internal static class Breakdowns
{
    public static BidBreakdown Of(BidScore score, string currency, ScoringRules rules) => new(
        Price(score.Price, score.Compliant, currency),
        Marks(score.Needs, "needs", "required needs"),
        Marks(score.Features, "features", "desired features"),
        Location(score.Location, rules),
        CoreCompetency(score.CoreCompetency),
        Outcomes(score.Outcomes));

    public static CriterionPoints PointsOf(BidScore score) => new(
        Shown(score.Price.Points),
        Shown(score.Needs.Points),
        Shown(score.Features.Points),
        Shown(score.Location.Points),
        Shown(score.CoreCompetency.Points),
        Shown(score.Outcomes.Points),
        Shown(score.Total));

    /// <summary>Shown to 2 decimals, half away from zero, as people round; ranking uses the exact values.</summary>
    public static decimal Shown(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal? Shown(decimal? value) => value is { } v ? Shown(v) : null;

    private static PriceBreakdown Price(PriceScore price, bool compliant, string currency)
    {
        var formula = price.LowestCompliantPrice switch
        {
            null => "No bid is compliant, so there is no lowest price: 0 points.",
            { } lowest when compliant && price.Price == lowest => $"The lowest compliant price gets the whole price weight: {N(price.Weight)}.",
            { } lowest => $"Price weight × lowest compliant price ÷ this bid's price = {N(price.Weight)} × {N(lowest)} ÷ {N(price.Price)} = {N(price.Points)}"
                + (compliant ? "." : " (at most the weight; a non-compliant bid is not ranked)."),
        };
        return new PriceBreakdown(
            new Money(price.Price, currency),
            price.LowestCompliantPrice is { } l ? new Money(l, currency) : null,
            price.Weight,
            Shown(price.Points),
            price.Points,
            formula);
    }

    private static MarksBreakdown Marks(MarksScore marks, string criterion, string asked)
    {
        var formula = marks.MarksTotal == 0
            ? $"The referral named no {asked}: the whole {criterion} weight, {N(marks.Weight)}."
            : $"{Capitalised(criterion)} weight × marks met ÷ marks of all {asked} = {N(marks.Weight)} × {N(marks.MarksMet)} ÷ {N(marks.MarksTotal)} = {N(marks.Points)}.";
        return new MarksBreakdown(marks.MarksMet, marks.MarksTotal, marks.Met, marks.NotMet, marks.Weight, Shown(marks.Points), marks.Points, formula);
    }

    private static LocationBreakdown Location(LocationScore location, ScoringRules rules) => new(
        location.Miles,
        rules.LocationBandMiles,
        location.Band,
        location.Mark,
        location.TopMark,
        location.Weight,
        Shown(location.Points),
        location.Points,
        $"Location weight × max(0, {location.TopMark} − floor(miles ÷ {N(rules.LocationBandMiles)})) ÷ {location.TopMark} = {N(location.Weight)} × max(0, {location.TopMark} − floor({N(location.Miles)} ÷ {N(rules.LocationBandMiles)})) ÷ {location.TopMark} = {N(location.Weight)} × {location.Mark} ÷ {location.TopMark} = {N(location.Points)}.");

    private static CoreCompetencyBreakdown CoreCompetency(CoreCompetencyScore score) => new(
        score.Score,
        score.Weight,
        Shown(score.Points),
        score.Points,
        score.Score is { } s
            ? $"Core competency weight × qualification score ÷ 100 = {N(score.Weight)} × {N(s)} ÷ 100 = {N(score.Points)}."
            : "No qualification score was known when the competition closed: 0 points.");

    private static OutcomesBreakdown Outcomes(OutcomesScore score) => new(
        score.Score,
        score.Weight,
        Shown(score.Points),
        score.Points,
        (score.Weight, score.Score) switch
        {
            (0, _) => "The referral gives the method statement no weight: 0 points.",
            (_, null) => "Awaiting the method-statement score (0–100) from the buyer's evaluators.",
            (_, { } s) => $"Outcomes weight × method-statement score ÷ 100 = {N(score.Weight)} × {N(s)} ÷ 100 = {N(score.Points!.Value)}.",
        });

    /// <summary>A number as it is, without trailing zeros: what is shown is what was computed with.</summary>
    private static string N(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
