using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>One payable milestone of a call-off: its share of the price, as a percentage and as the amount paid.</summary>
internal sealed record Milestone(MilestoneKind Kind, decimal SharePercent, Money Amount);
