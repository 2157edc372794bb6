namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>Why a service was awarded without competition: the code of the scheme's reason and the buyer's justification.</summary>
public sealed record DirectPlacementGrounds(string Reason, string Justification);
