using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Evaluation.Application.Evaluations;

/// <summary>
/// How one bid scored, criterion by criterion: each criterion's inputs, its weight, its points (shown to 2 decimals) and
/// <c>exactPoints</c> (unrounded, as ranking uses them), and the formula in words with the numbers put in, so that
/// anyone can recompute the points from what is shown.
/// </summary>
public sealed record BidBreakdown(
    [property: Description("Price: the bid's price against the lowest compliant price.")] PriceBreakdown Price,
    [property: Description("Needs: the marks of the referral's required needs the bid meets (for an offer, the business case's client groups it serves, one mark each).")] MarksBreakdown Needs,
    [property: Description("Features: the marks of the referral's desired features the bid offers.")] MarksBreakdown Features,
    [property: Description("Location: the establishment's distance from the service user's home, in whole bands of miles.")] LocationBreakdown Location,
    [property: Description("Core competency: the establishment's qualification score, carried forward.")] CoreCompetencyBreakdown CoreCompetency,
    [property: Description("Outcomes: the evaluators' score of the method statement (for an offer, the buyer's fit score).")] OutcomesBreakdown Outcomes);

/// <summary>The lowest compliant price gets the whole weight; any other, weight × lowest ÷ its price.</summary>
public sealed record PriceBreakdown(
    [property: Description("The bid's price per the referral's price basis, as the platform computed it (for an offer, its price per participant).")] Money Price,
    [property: Description("The lowest price among the compliant bids, which earns the whole price weight; null when no bid is compliant, and then every bid earns 0.")] Money? LowestCompliantPrice,
    [property: Description("The price weight, in percent of the total of 100: the most points price can earn.")] decimal Weight,
    [property: Description("The points earned, to 2 decimals.")] decimal Points,
    [property: Description("The points unrounded, as the ranking uses them.")] decimal ExactPoints,
    [property: Description("How the points were computed, in words with the numbers put in.")] string Formula);

/// <summary>Weight × the marks of what the bid meets ÷ the marks of everything the referral asked for.</summary>
public sealed record MarksBreakdown(
    [property: Description("The marks of the needs (or features) the bid meets, added up.")] decimal MarksMet,
    [property: Description("The marks of all the needs (or features) the referral asked for, added up; 0 when it named none, which earns the whole weight.")] decimal MarksTotal,
    [property: Description("The codes the bid meets, in the referral's order and spelling.")] IReadOnlyList<string> Met,
    [property: Description("The codes the bid does not meet, in the referral's order and spelling.")] IReadOnlyList<string> NotMet,
    [property: Description("The criterion's weight, in percent of the total of 100: the most points it can earn.")] decimal Weight,
    [property: Description("The points earned, to 2 decimals.")] decimal Points,
    [property: Description("The points unrounded, as the ranking uses them.")] decimal ExactPoints,
    [property: Description("How the points were computed, in words with the numbers put in.")] string Formula);

/// <summary>Weight × max(0, top mark − floor(miles ÷ band miles)) ÷ top mark; <c>band</c> is floor(miles ÷ band miles).</summary>
public sealed record LocationBreakdown(
    [property: Description("The establishment's distance from the service user's home, in miles (for an offer, its nearest delivery location's distance from the business case).")] decimal Miles,
    [property: Description("The width of one distance band, in miles (10 by default).")] decimal BandMiles,
    [property: Description("The whole bands the distance spans: floor(miles ÷ bandMiles).")] int Band,
    [property: Description("The location mark earned: max(0, topMark − band).")] int Mark,
    [property: Description("The mark for a distance within the first band, out of which location is scored (5 by default).")] int TopMark,
    [property: Description("The location weight, in percent of the total of 100: the most points location can earn.")] decimal Weight,
    [property: Description("The points earned, to 2 decimals.")] decimal Points,
    [property: Description("The points unrounded, as the ranking uses them.")] decimal ExactPoints,
    [property: Description("How the points were computed, in words with the numbers put in.")] string Formula);

/// <summary>Weight × the establishment's qualification score (0–100) when the competition closed ÷ 100; 0 when none was known.</summary>
public sealed record CoreCompetencyBreakdown(
    [property: Description("The establishment's core competency score from qualification (0–100) when the competition closed (for an offer, the supplier's best active establishment's); null when none was known, which earns 0 points.")] decimal? QualificationScore,
    [property: Description("The core competency weight, in percent of the total of 100: the most points core competency can earn.")] decimal Weight,
    [property: Description("The points earned, to 2 decimals.")] decimal Points,
    [property: Description("The points unrounded, as the ranking uses them.")] decimal ExactPoints,
    [property: Description("How the points were computed, in words with the numbers put in.")] string Formula);

/// <summary>Weight × the method statement's score (0–100) ÷ 100; null points while the score is awaited.</summary>
public sealed record OutcomesBreakdown(
    [property: Description("The method statement's score that counts (0–100): the latest moderated score or, without one, the only evaluator's; for an offer, the buyer's fit score. Null while it is awaited.")] decimal? MethodStatementScore,
    [property: Description("The outcomes weight, in percent of the total of 100: the most points outcomes can earn.")] decimal Weight,
    [property: Description("The points earned, to 2 decimals; null while the score is awaited (0 when the weight is 0).")] decimal? Points,
    [property: Description("The points unrounded, as the ranking uses them; null while the score is awaited.")] decimal? ExactPoints,
    [property: Description("How the points were computed, in words with the numbers put in.")] string Formula);

/// <summary>A bid's points per criterion and total, 2 decimals, without its inputs: what a bidder learns of the winner.</summary>
public sealed record CriterionPoints(
    [property: Description("The bid's points for price, to 2 decimals.")] decimal Price,
    [property: Description("Its points for the required needs met, to 2 decimals.")] decimal Needs,
    [property: Description("Its points for the desired features offered, to 2 decimals.")] decimal Features,
    [property: Description("Its points for location, to 2 decimals.")] decimal Location,
    [property: Description("Its points for core competency, to 2 decimals.")] decimal CoreCompetency,
    [property: Description("Its points for the outcomes method statement, to 2 decimals; null while the method-statement score is awaited.")] decimal? Outcomes,
    [property: Description("Its total score out of 100, to 2 decimals; null when it has none (not compliant, or its method-statement score awaited).")] decimal? Total);
