namespace Dps.ContractManagement.Domain.Payments;

/// <summary>The payment points of a funding model, in the order they fall due.</summary>
public enum MilestoneKind
{
    /// <summary>The participant started: due from the contract's start date.</summary>
    Start = 1,

    /// <summary>The participant completed: due from the contract's completion date.</summary>
    Completion = 2,

    /// <summary>The participant was in work for the required weeks within the tracking window after completion.</summary>
    JobOutcome = 3,
}
