using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// One period invoiced, numbered from 1: its first and last days, the days of the full period it is part of (fewer days
/// when clipped at the contract's end), and its amount.
/// </summary>
internal sealed record InvoicePeriod(int Number, DateOnly From, DateOnly To, int Days, int FullDays, Money Amount)
{
    public bool Clipped => Days < FullDays;
}
