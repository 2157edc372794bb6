namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>How the contract was awarded.</summary>
public enum ContractRoute
{
    Competition = 1,

    OfferMatch = 2,

    DirectPlacement = 3,
}
