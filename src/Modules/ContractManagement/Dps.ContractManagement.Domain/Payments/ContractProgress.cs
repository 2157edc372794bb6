using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>What a claim is judged against: the contract's status, its start date and, once completed, its completion date.</summary>
internal sealed record ContractProgress(ContractStatus Status, DateOnly StartDate, DateOnly? CompletedOn);
