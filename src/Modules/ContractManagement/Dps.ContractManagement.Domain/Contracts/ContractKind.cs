namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>What the contract is called on its DPS.</summary>
public enum ContractKind
{
    /// <summary>SET: one service user's placement with an establishment, paid per period.</summary>
    IndividualPlacementAgreement = 1,

    /// <summary>DWP: a call-off from the DPS for a programme, paid by milestone from the category's funding model.</summary>
    CallOff = 2,
}
