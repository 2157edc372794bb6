namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>
/// One of the category's outcome measures, reported by the supplier once per completed contract: its code (e.g.
/// <c>JobOutcome</c>), name, the category's expectation, and how many weeks after completion the supplier has to report
/// it — a completer still unreported after that counts as not met.
/// </summary>
public sealed record OutcomeMeasure(string Code, string Name, OutcomeExpectation Expectation, int ReportWithinWeeks)
{
    /// <summary>The last day to report the measure on a contract completed on <paramref name="completedOn"/>.</summary>
    public DateOnly DueBy(DateOnly completedOn) => completedOn.AddDays(ReportWithinWeeks * 7);
}
