using System.ComponentModel;

namespace Dps.ContractManagement.Application.Reports;

/// <summary>
/// Benchmarks of the awards matching the filters, per category, authority and quarter, and over them all. Money figures
/// are in <c>currency</c>, 2 decimals; shares are percentages, 2 decimals.
/// </summary>
public sealed record BenchmarkReport(
    Guid? CategoryId,
    [property: Description("The first quarter of award asked for, as `YYYY-Qn`; null when the report starts with the earliest award.")] string? From,
    [property: Description("The last quarter of award asked for, as `YYYY-Qn`; null when the report runs to the latest award.")] string? To,
    [property: Description("The currency of the money figures (ISO 4217), that of the awards' prices; GBP when no award matches.")] string Currency,
    [property: Description("The figures over every award matching the filters.")] BenchmarkFigures Overall,
    [property: Description("One row per category, authority and quarter of award, by category name, then quarter, then authority.")] IReadOnlyList<BenchmarkRow> Rows);

/// <summary>
/// One category, authority and quarter of award. <c>authority.id</c> is null, and its name a label such as
/// <c>Authority B</c>, for an authority a buyer may not see named: the label is stable within one report.
/// </summary>
public sealed record BenchmarkRow(
    [property: Description("The category of the awards.")] BenchmarkCategory Category,
    [property: Description("The awarding authority, named or, for a buyer, under a label.")] BenchmarkAuthority Authority,
    [property: Description("The calendar quarter of award, as `YYYY-Qn`, by the award's UTC date.")] string Quarter,
    [property: Description("The figures of this category's awards by this authority in this quarter.")] BenchmarkFigures Figures);

public sealed record BenchmarkCategory(
    Guid Id,
    [property: Description("The category's name; null when it is not known.")] string? Name);

public sealed record BenchmarkAuthority(
    Guid? Id,
    [property: Description("The authority's name; for an authority a buyer may not see named, a label such as `Authority B`, the same throughout the report.")] string Name);

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
    [property: Description("How many contracts were awarded.")] int Awards,
    [property: Description("The weekly-equivalent price of the awards priced per week, month or annum (a month is 52 ÷ 12 weeks, a year 52), in the report's currency: lower quartile, median and upper quartile; null when none was.")] Quartiles? WeeklyPrice,
    [property: Description("The mean number of bids (or, for an offer match, offers) per competed award, to 2 decimals; null when none was competed.")] decimal? BidsPerReferral,
    [property: Description("The median number of working days (weekends and the scheme's bank holidays excluded) from the competition's opening — the referral published, or the business case submitted — to award; null when no competed award can be measured.")] decimal? WorkingDaysToAward,
    [property: Description("The percentage (0–100, 2 decimals) of the awards made to SMEs.")] decimal SmeShareOfAwards,
    [property: Description("The percentage (0–100, 2 decimals) of the awards' value made to SMEs; an award's value is its weekly equivalent × term weeks × places, or its price per participant × places.")] decimal SmeShareOfValue);
