using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>
/// A call-off's milestones: each one's share of the price and amount (the amounts add up to the price to the penny, the
/// leftover pennies going to the shares that lost most in rounding, ties to the later milestone), and its claims.
/// </summary>
public sealed record MilestonesResponse(Guid ContractId, Money Price, int WeeksInWork, int TrackingWindowWeeks, IReadOnlyList<MilestoneResponse> Milestones);

public sealed record MilestoneResponse(MilestoneKind Kind, decimal SharePercent, Money Amount, IReadOnlyList<MilestoneClaimResponse> Claims);

/// <summary>A claim of a milestone: its evidence, for a job outcome when work started and the outcome date, and the buyer's decision.</summary>
public sealed record MilestoneClaimResponse(
    Guid Id,
    Guid ContractId,
    MilestoneKind Kind,
    Money Amount,
    string Evidence,
    string Reference,
    DateOnly? InWorkFrom,
    DateOnly? OutcomeDate,
    ClaimStatus Status,
    string ClaimedBy,
    DateTimeOffset ClaimedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason)
{
    internal static MilestoneClaimResponse From(MilestoneClaim claim) => new(
        claim.Id.Value,
        claim.ContractId.Value,
        claim.Kind,
        Money.From(claim.Amount),
        claim.Evidence.Description,
        claim.Evidence.Reference,
        claim.InWorkFrom,
        claim.OutcomeDate,
        claim.Status,
        claim.ClaimedBy,
        claim.ClaimedAt,
        claim.DecidedBy,
        claim.DecidedAt,
        claim.RejectionReason);
}
