namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>What the contract's price is for: a period of service, or one participant (DWP offers).</summary>
public enum ContractPriceBasis
{
    Week = 1,

    Month = 2,

    Annum = 3,

    Participant = 4,
}
