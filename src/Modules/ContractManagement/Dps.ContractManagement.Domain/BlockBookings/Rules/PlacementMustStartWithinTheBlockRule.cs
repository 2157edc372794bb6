using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A placement into a block starts on a day of the block's term: not before its first day, not after its last.</summary>
internal sealed class PlacementMustStartWithinTheBlockRule(BlockBookingTerms terms, DateOnly startDate) : IBusinessRule
{
    public string Message => $"The block runs from {terms.StartDate:yyyy-MM-dd} to {terms.EndDate:yyyy-MM-dd}; a placement starting {startDate:yyyy-MM-dd} is outside it.";

    public bool IsBroken() => startDate < terms.StartDate || startDate > terms.EndDate;
}
