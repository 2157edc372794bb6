namespace Dps.ContractManagement.Application.Reports;

/// <summary>
/// Benchmarks of the awards matching the filters, per category, authority and quarter, and over them all. Money figures
/// are in <c>currency</c>, 2 decimals; shares are percentages, 2 decimals.
/// </summary>
public sealed record BenchmarkReport(Guid? CategoryId, string? From, string? To, string Currency, BenchmarkFigures Overall, IReadOnlyList<BenchmarkRow> Rows);

/// <summary>
/// One category, authority and quarter of award. <c>authority.id</c> is null, and its name a label such as
/// <c>Authority B</c>, for an authority a buyer may not see named: the label is stable within one report.
/// </summary>
public sealed record BenchmarkRow(BenchmarkCategory Category, BenchmarkAuthority Authority, string Quarter, BenchmarkFigures Figures);

public sealed record BenchmarkCategory(Guid Id, string? Name);

public sealed record BenchmarkAuthority(Guid? Id, string Name);

/// <param name="Awards">Contracts awarded.</param>
/// <param name="WeeklyPrice">
/// The weekly-equivalent price (a month is 52 ÷ 12 weeks, a year 52) of the awards priced per week, month or annum:
/// lower quartile, median, upper quartile; null when none was.
/// </param>
/// <param name="BidsPerReferral">The mean number of bids (or offers) of the competed awards; null when none was competed.</param>
/// <param name="WorkingDaysToAward">The median of working days from publication to award of the competed awards.</param>
/// <param name="SmeShareOfAwards">The percentage of awards made to SMEs.</param>
/// <param name="SmeShareOfValue">The percentage of the awards' value made to SMEs: weekly equivalent × term × places, or price per participant × places.</param>
public sealed record BenchmarkFigures(
    int Awards, Quartiles? WeeklyPrice, decimal? BidsPerReferral, decimal? WorkingDaysToAward, decimal SmeShareOfAwards, decimal SmeShareOfValue);
