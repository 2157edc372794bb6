using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Evaluation.Application.Evaluations;

/// <summary>
/// How one bid scored, criterion by criterion: each criterion's inputs, its weight, its points (shown to 2 decimals) and
/// <c>exactPoints</c> (unrounded, as ranking uses them), and the formula in words with the numbers put in, so that
/// anyone can recompute the points from what is shown.
/// </summary>
public sealed record BidBreakdown(
    PriceBreakdown Price,
    MarksBreakdown Needs,
    MarksBreakdown Features,
    LocationBreakdown Location,
    CoreCompetencyBreakdown CoreCompetency,
    OutcomesBreakdown Outcomes);

/// <summary>The lowest compliant price gets the whole weight; any other, weight × lowest ÷ its price.</summary>
public sealed record PriceBreakdown(Money Price, Money? LowestCompliantPrice, decimal Weight, decimal Points, decimal ExactPoints, string Formula);

/// <summary>Weight × the marks of what the bid meets ÷ the marks of everything the referral asked for.</summary>
public sealed record MarksBreakdown(
    decimal MarksMet, decimal MarksTotal, IReadOnlyList<string> Met, IReadOnlyList<string> NotMet, decimal Weight, decimal Points, decimal ExactPoints, string Formula);

/// <summary>Weight × max(0, top mark − floor(miles ÷ band miles)) ÷ top mark; <c>band</c> is floor(miles ÷ band miles).</summary>
public sealed record LocationBreakdown(
    decimal Miles, decimal BandMiles, int Band, int Mark, int TopMark, decimal Weight, decimal Points, decimal ExactPoints, string Formula);

/// <summary>Weight × the establishment's qualification score (0–100) when the competition closed ÷ 100; 0 when none was known.</summary>
public sealed record CoreCompetencyBreakdown(decimal? QualificationScore, decimal Weight, decimal Points, decimal ExactPoints, string Formula);

/// <summary>Weight × the method statement's score (0–100) ÷ 100; null points while the score is awaited.</summary>
public sealed record OutcomesBreakdown(decimal? MethodStatementScore, decimal Weight, decimal? Points, decimal? ExactPoints, string Formula);

/// <summary>A bid's points per criterion and total, 2 decimals, without its inputs: what a bidder learns of the winner.</summary>
public sealed record CriterionPoints(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal? Outcomes, decimal? Total);
