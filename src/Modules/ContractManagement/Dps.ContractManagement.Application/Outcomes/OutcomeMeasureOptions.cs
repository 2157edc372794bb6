using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>
/// One outcome measure in configuration: its name, the kind of contract it measures (and for call-offs, whether only
/// those whose funding model pays a job outcome), the expectation as a percentage of completers, how many weeks after
/// completion it may be reported, and any category's own expectation by category id.
/// </summary>
public sealed class OutcomeMeasureOptions
{
    public string Name { get; set; } = "";

    public ContractKind AppliesTo { get; set; } = ContractKind.CallOff;

    public bool OnlyWithJobOutcomeFee { get; set; }

    public decimal? ExpectedMinPercent { get; set; }

    public decimal? ExpectedMaxPercent { get; set; }

    public int ReportWithinWeeks { get; set; }

    /// <summary>A category's own expectation, keyed by the category id, in place of the measure's.</summary>
    public Dictionary<string, OutcomeExpectationOptions> Categories { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What is wrong with the measure's configuration, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Name) ? "a name is required"
        : ReportWithinWeeks < 0 ? "ReportWithinWeeks must not be negative"
        : !new OutcomeExpectationOptions { ExpectedMinPercent = ExpectedMinPercent, ExpectedMaxPercent = ExpectedMaxPercent }.IsValid()
            || Categories.Values.Any(e => !e.IsValid()) ? "expectations are percentages from 0 to 100, the minimum not above the maximum"
        : Categories.Keys.FirstOrDefault(k => !Guid.TryParse(k, out _)) is { } key ? $"'{key}' under Categories is not a category id"
        : null;
}

public sealed class OutcomeExpectationOptions
{
    public decimal? ExpectedMinPercent { get; set; }

    public decimal? ExpectedMaxPercent { get; set; }

    public bool IsValid() =>
        (ExpectedMinPercent is null or (>= 0 and <= 100))
        && (ExpectedMaxPercent is null or (>= 0 and <= 100))
        && !(ExpectedMinPercent > ExpectedMaxPercent);
}
