namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// When a job outcome counts: the participant has been <paramref name="WeeksInWork"/> weeks in work (DWP: 4), and the
/// day those weeks are done — the outcome date — falls in the <paramref name="TrackingWindowWeeks"/> weeks (DWP: 13)
/// after the completion date: from the day after completion to completion + tracking weeks × 7 days, both included.
/// </summary>
internal sealed record JobOutcomeWindow(int WeeksInWork = 4, int TrackingWindowWeeks = 13)
{
    /// <summary>The last day of the required weeks in work that started on <paramref name="inWorkFrom"/>: start + weeks × 7 − 1.</summary>
    public DateOnly OutcomeDate(DateOnly inWorkFrom) => inWorkFrom.AddDays((WeeksInWork * 7) - 1);

    public DateOnly Opens(DateOnly completedOn) => completedOn.AddDays(1);

    public DateOnly Closes(DateOnly completedOn) => completedOn.AddDays(TrackingWindowWeeks * 7);

    public bool Holds(DateOnly completedOn, DateOnly outcomeDate) => outcomeDate >= Opens(completedOn) && outcomeDate <= Closes(completedOn);
}
