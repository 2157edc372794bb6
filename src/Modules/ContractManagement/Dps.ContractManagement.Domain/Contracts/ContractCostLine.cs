using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>One line of the contract's price, e.g. a core cost line of the winning bid.</summary>
public sealed record ContractCostLine(string LineCode, string Description, Money Amount);
