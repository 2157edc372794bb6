using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>A job outcome counts when its outcome date falls in the tracking window after completion; the claim says when work started.</summary>
internal sealed class JobOutcomeMustBeInItsTrackingWindowRule(JobOutcomeWindow window, DateOnly completedOn, DateOnly? outcomeDate) : IBusinessRule
{
    public string Message => outcomeDate is { } date
        ? $"{window.WeeksInWork} weeks in work were done on {date:yyyy-MM-dd}, outside the tracking window of {window.Opens(completedOn):yyyy-MM-dd} to {window.Closes(completedOn):yyyy-MM-dd}."
        : "A job-outcome claim says when the participant started work.";

    public bool IsBroken() => outcomeDate is not { } date || !window.Holds(completedOn, date);
}
