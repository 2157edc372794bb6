using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>A supplier's report of one outcome measure on a completed contract.</summary>
public sealed record OutcomeReportResponse(Guid Id, Guid ContractId, string Measure, bool Met, string Evidence, string Reference, string ReportedBy, DateTimeOffset ReportedAt)
{
    internal static OutcomeReportResponse From(OutcomeReport report) => new(
        report.Id.Value, report.ContractId.Value, report.Measure, report.Met, report.Evidence.Description, report.Evidence.Reference, report.ReportedBy, report.ReportedAt);
}

/// <summary>The category's expectation of a measure, in percent of counted completers; either bound may be null.</summary>
public sealed record OutcomeExpectationResponse(decimal? MinPercent, decimal? MaxPercent)
{
    internal static OutcomeExpectationResponse From(OutcomeExpectation expectation) => new(expectation.MinPercent, expectation.MaxPercent);
}

/// <summary>A contract's outcome measures: for each, the expectation, the last day to report it once completed, and the report.</summary>
public sealed record ContractOutcomesResponse(Guid ContractId, ContractStatus Status, DateOnly? CompletedOn, IReadOnlyList<ContractOutcomeResponse> Measures);

/// <param name="Measure">The measure's code, e.g. <c>ActionPlan</c>; the one to report it by.</param>
/// <param name="DueBy">The last day to report it: completion + the measure's weeks; null until the contract is completed.</param>
/// <param name="Report">The supplier's report; null until made.</param>
public sealed record ContractOutcomeResponse(string Measure, string Name, OutcomeExpectationResponse Expected, DateOnly? DueBy, OutcomeReportResponse? Report);

/// <summary>
/// The outcome measures of the completed contracts the caller may see, on <c>on</c>, per category and, within it, per
/// establishment; an establishment with any measure <c>Below</c> expectation is flagged <c>belowExpectation</c>.
/// </summary>
public sealed record OutcomePerformanceReport(Guid? CategoryId, Guid? EstablishmentId, DateOnly On, IReadOnlyList<CategoryOutcomePerformance> Categories);

public sealed record CategoryOutcomePerformance(Guid CategoryId, string? CategoryName, IReadOnlyList<MeasurePerformanceResponse> Measures, IReadOnlyList<EstablishmentOutcomePerformance> Establishments);

public sealed record EstablishmentOutcomePerformance(Guid EstablishmentId, Guid SupplierId, string? SupplierName, bool BelowExpectation, IReadOnlyList<MeasurePerformanceResponse> Measures);

/// <param name="Completers">Completed contracts the measure applies to.</param>
/// <param name="Counted">Those reported, or unreported past their reporting window (counted as not met).</param>
/// <param name="Pending">Those still inside their reporting window, unreported: not counted yet.</param>
/// <param name="Met">Counted completers reported as meeting the measure.</param>
/// <param name="Percent">Met ÷ counted × 100, one decimal place; null when none is counted.</param>
public sealed record MeasurePerformanceResponse(
    string Measure, string Name, OutcomeExpectationResponse Expected, int Completers, int Counted, int Pending, int Met, decimal? Percent, MeasureStanding Standing)
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
