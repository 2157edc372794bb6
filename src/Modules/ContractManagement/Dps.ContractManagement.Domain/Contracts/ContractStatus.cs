namespace Dps.ContractManagement.Domain.Contracts;

public enum ContractStatus
{
    /// <summary>Awarded and running: milestones are claimed, periods invoiced and outcomes reported.</summary>
    Active = 1,

    /// <summary>The service was delivered to its end.</summary>
    Completed = 2,

    /// <summary>Ended early, with a reason.</summary>
    Terminated = 3,
}
