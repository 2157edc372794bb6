using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>A price the contract had, with its lines, from a date: the awarded one from the start, then each uplift's.</summary>
public sealed record ContractPrice(Money Price, IReadOnlyList<ContractCostLine> CostLines, DateOnly From, Guid? UpliftId);
