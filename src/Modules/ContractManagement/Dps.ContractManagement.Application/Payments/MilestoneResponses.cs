using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>
/// A call-off's milestones: each one's share of the price and amount (the amounts add up to the price to the penny, the
/// leftover pennies going to the shares that lost most in rounding, ties to the later milestone), and its claims.
/// </summary>
public sealed record MilestonesResponse(
    Guid ContractId,
    [property: Description("The contract's price as awarded, which the milestones share out.")] Money Price,
    [property: Description("How many weeks in work make a job outcome; 0 for a contract without a funding model.")] int WeeksInWork,
    [property: Description("The weeks after completion within which the weeks in work must be done for a job outcome; 0 for a contract without a funding model.")] int TrackingWindowWeeks,
    [property: Description("The payable milestones in the order they fall due; a 0% milestone is left out, and a contract without a funding model has none.")] IReadOnlyList<MilestoneResponse> Milestones);

public sealed record MilestoneResponse(
    [property: Description("The milestone: `Start` (due from the start date), `Completion` (due from completion) or `JobOutcome` (due from the outcome date).")] MilestoneKind Kind,
    [property: Description("Its share of the price, in percent (0–100).")] decimal SharePercent,
    [property: Description("What it pays: its share of the price, to the penny.")] Money Amount,
    [property: Description("Its claims, oldest first; another may follow only a rejected one.")] IReadOnlyList<MilestoneClaimResponse> Claims);

/// <summary>A claim of a milestone: its evidence, for a job outcome when work started and the outcome date, and the buyer's decision.</summary>
public sealed record MilestoneClaimResponse(
    Guid Id,
    Guid ContractId,
    [property: Description("The milestone claimed: `Start`, `Completion` or `JobOutcome`.")] MilestoneKind Kind,
    [property: Description("What the milestone pays.")] Money Amount,
    [property: Description("What the supplier shows for the milestone.")] string Evidence,
    [property: Description("The reference of the document or record behind the evidence.")] string Reference,
    [property: Description("For a job outcome, the day the participant started work (a calendar date, Europe/London); null for other milestones.")] DateOnly? InWorkFrom,
    [property: Description("For a job outcome, the last day of the required weeks in work: `inWorkFrom` + weeks in work × 7 − 1 (a calendar date, Europe/London); null for other milestones.")] DateOnly? OutcomeDate,
    [property: Description("`Claimed` (awaiting the buyer's decision), `Verified` (the milestone is paid) or `Rejected` (the supplier may claim it again).")] ClaimStatus Status,
    [property: Description("Who claimed it (the token's subject).")] string ClaimedBy,
    [property: Description("When it was claimed (UTC).")] DateTimeOffset ClaimedAt,
    [property: Description("The buyer who verified or rejected it (the token's subject); null until decided.")] string? DecidedBy,
    [property: Description("When it was verified or rejected (UTC); null until decided.")] DateTimeOffset? DecidedAt,
    [property: Description("Why the buyer rejected it; null unless rejected.")] string? RejectionReason)
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
