using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>A milestone is claimed on or after the day it falls due: the start date, the completion date or the outcome date.</summary>
internal sealed class MilestoneMustBeDueRule(MilestoneKind kind, DateOnly dueFrom, DateOnly claimedOn) : IBusinessRule
{
    public string Message => $"The {kind} milestone is due from {dueFrom:yyyy-MM-dd}; it cannot be claimed on {claimedOn:yyyy-MM-dd}.";

    public bool IsBroken() => claimedOn < dueFrom;
}
