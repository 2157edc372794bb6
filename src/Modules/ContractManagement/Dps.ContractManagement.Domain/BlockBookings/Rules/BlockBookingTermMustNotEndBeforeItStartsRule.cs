using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A block's last day is not before its first.</summary>
internal sealed class BlockBookingTermMustNotEndBeforeItStartsRule(DateOnly startDate, DateOnly endDate) : IBusinessRule
{
    public string Message => $"The block cannot end on {endDate:yyyy-MM-dd}, before it starts on {startDate:yyyy-MM-dd}.";

    public bool IsBroken() => endDate < startDate;
}
