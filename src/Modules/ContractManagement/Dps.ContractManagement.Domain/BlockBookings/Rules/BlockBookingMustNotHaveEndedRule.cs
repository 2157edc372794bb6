using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>Once its last day has passed on the platform's clock, a block has expired and takes no more placements.</summary>
internal sealed class BlockBookingMustNotHaveEndedRule(DateOnly endDate, DateOnly today) : IBusinessRule
{
    public string Message => $"The block ended on {endDate:yyyy-MM-dd}; it takes no placements after that.";

    public bool IsBroken() => today > endDate;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
