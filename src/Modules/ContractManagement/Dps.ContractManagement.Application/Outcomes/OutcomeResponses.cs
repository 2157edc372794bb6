using System.ComponentModel;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>A supplier's report of one outcome measure on a completed contract.</summary>
public sealed record OutcomeReportResponse(
    Guid Id,
    Guid ContractId,
    [property: Description("The code of the measure reported, e.g. `ActionPlan`.")] string Measure,
    [property: Description("Whether the measure was met on the contract.")] bool Met,
    [property: Description("What the supplier showed for it, e.g. the review meeting's minutes.")] string Evidence,
    [property: Description("The reference of the document or record behind the evidence.")] string Reference,
    [property: Description("Who reported it (the token's subject).")] string ReportedBy,
    [property: Description("When it was reported (UTC).")] DateTimeOffset ReportedAt)
{
    internal static OutcomeReportResponse From(OutcomeReport report) => new(
        report.Id.Value, report.ContractId.Value, report.Measure, report.Met, report.Evidence.Description, report.Evidence.Reference, report.ReportedBy, report.ReportedAt);
}

/// <summary>The category's expectation of a measure, in percent of counted completers; either bound may be null.</summary>
public sealed record OutcomeExpectationResponse(
    [property: Description("The least percentage (0–100) of counted completers expected to meet the measure, e.g. 100 for completers with an action plan; null when no minimum is set.")] decimal? MinPercent,
    [property: Description("The top of an expected range, in percent (0–100), e.g. 60 for 30–60% job outcomes; null when no maximum is set.")] decimal? MaxPercent)
{
    internal static OutcomeExpectationResponse From(OutcomeExpectation expectation) => new(expectation.MinPercent, expectation.MaxPercent);
}

/// <summary>A contract's outcome measures: for each, the expectation, the last day to report it once completed, and the report.</summary>
public sealed record ContractOutcomesResponse(
    Guid ContractId,
    [property: Description("The contract's status: `Active`, `Completed` or `Terminated`; outcomes are reported once it is `Completed`.")] ContractStatus Status,
    [property: Description("The contract's last day of service (a calendar date, Europe/London); null until it is completed.")] DateOnly? CompletedOn,
    [property: Description("The outcome measures the contract's category sets for its kind, in code order, each with its report.")] IReadOnlyList<ContractOutcomeResponse> Measures);

/// <param name="Measure">The measure's code, e.g. <c>ActionPlan</c>; the one to report it by.</param>
/// <param name="DueBy">The last day to report it: completion + the measure's weeks; null until the contract is completed.</param>
/// <param name="Report">The supplier's report; null until made.</param>
public sealed record ContractOutcomeResponse(
    [property: Description("The measure's code, e.g. `ActionPlan`: the one to report it by.")] string Measure,
    [property: Description("The measure's name, e.g. Completers with an action plan.")] string Name,
    [property: Description("The category's expectation of the measure, in percent of the counted completers.")] OutcomeExpectationResponse Expected,
    [property: Description("The last day to report it: completion + the measure's weeks (a calendar date, Europe/London); null until the contract is completed.")] DateOnly? DueBy,
    [property: Description("The supplier's report of the measure; null until it is made.")] OutcomeReportResponse? Report);

/// <summary>
/// The outcome measures of the completed contracts the caller may see, on <c>on</c>, per category and, within it, per
/// establishment; an establishment with any measure <c>Below</c> expectation is flagged <c>belowExpectation</c>.
/// </summary>
public sealed record OutcomePerformanceReport(
    Guid? CategoryId,
    Guid? EstablishmentId,
    [property: Description("The day the report is worked out for, today on the scheme's clock (a calendar date, Europe/London): a completer unreported past its reporting window by then counts as not met.")] DateOnly On,
    [property: Description("Each category with completed contracts, by name.")] IReadOnlyList<CategoryOutcomePerformance> Categories);

public sealed record CategoryOutcomePerformance(
    Guid CategoryId,
    [property: Description("The category's name; null when it is not known.")] string? CategoryName,
    [property: Description("Each measure over the category's completed contracts, in code order.")] IReadOnlyList<MeasurePerformanceResponse> Measures,
    [property: Description("Each establishment with completed contracts in the category: those with a measure below expectation first, then by supplier name.")] IReadOnlyList<EstablishmentOutcomePerformance> Establishments);

public sealed record EstablishmentOutcomePerformance(
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("The name of the establishment's supplier; null when it is not known.")] string? SupplierName,
    [property: Description("True when any of its measures stands `Below` the category's expectation.")] bool BelowExpectation,
    [property: Description("Each measure over the establishment's completed contracts in the category, in code order.")] IReadOnlyList<MeasurePerformanceResponse> Measures);

/// <param name="Completers">Completed contracts the measure applies to.</param>
/// <param name="Counted">Those reported, or unreported past their reporting window (counted as not met).</param>
/// <param name="Pending">Those still inside their reporting window, unreported: not counted yet.</param>
/// <param name="Met">Counted completers reported as meeting the measure.</param>
/// <param name="Percent">Met ÷ counted × 100, one decimal place; null when none is counted.</param>
public sealed record MeasurePerformanceResponse(
    [property: Description("The measure's code, e.g. `JobOutcome`.")] string Measure,
    [property: Description("The measure's name.")] string Name,
    [property: Description("The category's expectation of the measure, in percent of the counted completers.")] OutcomeExpectationResponse Expected,
    [property: Description("How many completed contracts the measure applies to.")] int Completers,
    [property: Description("How many of them are counted: reported, or unreported past their reporting window (then counted as not met).")] int Counted,
    [property: Description("How many are still inside their reporting window, unreported: not counted yet.")] int Pending,
    [property: Description("How many counted completers were reported as meeting the measure.")] int Met,
    [property: Description("Met ÷ counted × 100, to one decimal place; null when none is counted.")] decimal? Percent,
    [property: Description("Where the percentage stands against the expectation: `Below`, `Within`, `Exceeds` (above the top of a range), `NoExpectation` (none is set) or `NotMeasured` (none counted yet).")] MeasureStanding Standing)
{
    internal static MeasurePerformanceResponse From(MeasurePerformance performance) => new(
        performance.Measure.Code,
        performance.Measure.Name,
        OutcomeExpectationResponse.From(performance.Measure.Expectation),
        performance.Completers,
        performance.Counted,
        performance.Pending,
        performance.Met,
        performance.Percent,
        performance.Standing);
}
