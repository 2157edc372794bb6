using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>What is booked: how many places, from the first day to the last (both included), at a price per place per basis.</summary>
public sealed record BlockBookingTerms(int Places, DateOnly StartDate, DateOnly EndDate, Money PricePerPlace, ContractPriceBasis PriceBasis)
{
    /// <summary>The last day of a term of whole weeks: start + weeks × 7 days − 1, as a contract's.</summary>
    public static DateOnly EndOfWeeks(DateOnly startDate, int weeks) => startDate.AddDays((weeks * 7) - 1);
}
