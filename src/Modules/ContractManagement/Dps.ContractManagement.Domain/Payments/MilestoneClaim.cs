using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments.Rules;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// A supplier's claim of one milestone, for the milestone's amount, and the buyer's decision on it: claimed, then
/// verified or rejected, once. Immutable: a decision returns the decided claim.
/// </summary>
public sealed record MilestoneClaim
{
    private MilestoneClaim()
    {
    }

    public MilestoneClaimId Id { get; private init; }

    /// <summary>The contract claimed against.</summary>
    public ContractId ContractId { get; private init; }

    public MilestoneKind Kind { get; private init; }

    public Money Amount { get; private init; } = null!;

    public ClaimEvidence Evidence { get; private init; } = null!;

    /// <summary>For a job outcome, the day the participant started work; the outcome date follows from it.</summary>
    public DateOnly? InWorkFrom { get; private init; }

    /// <summary>For a job outcome, the last day of the required weeks in work.</summary>
    public DateOnly? OutcomeDate { get; private init; }

    public string ClaimedBy { get; private init; } = null!;

    public DateTimeOffset ClaimedAt { get; private init; }

    public ClaimStatus Status { get; private init; }

    public string? DecidedBy { get; private init; }

    public DateTimeOffset? DecidedAt { get; private init; }

    public string? RejectionReason { get; private init; }

    /// <summary>
    /// Claims <paramref name="kind"/> of <paramref name="schedule"/> on <paramref name="now"/>'s UTC date: not on a
    /// terminated contract, once unless rejected, a start from the start date, a completion and a job outcome only once
    /// the contract is completed and from the completion or outcome date; a job outcome says when work started
    /// (<paramref name="inWorkFrom"/>) and its outcome date must fall in the tracking window.
    /// </summary>
    internal static MilestoneClaim Make(
        ContractId contractId,
        MilestoneSchedule schedule,
        ContractProgress contract,
        IReadOnlyCollection<MilestoneClaim> earlierClaims,
        MilestoneKind kind,
        ClaimEvidence evidence,
        DateOnly? inWorkFrom,
        string claimedBy,
        DateTimeOffset now)
    {
        RuleCheck.Check(new TerminatedContractTakesNoClaimsRule(contract.Status));
        RuleCheck.Check(new MilestoneMustBeInTheScheduleRule(schedule, kind));
        RuleCheck.Check(new MilestoneIsClaimedOnceRule(kind, earlierClaims));
        RuleCheck.Check(new MilestoneFollowsCompletionRule(kind, contract.CompletedOn));
        var outcomeDate = kind == MilestoneKind.JobOutcome && inWorkFrom is { } from ? schedule.JobOutcomeWindow.OutcomeDate(from) : (DateOnly?)null;
        if (kind == MilestoneKind.JobOutcome)
        {
            RuleCheck.Check(new JobOutcomeMustBeInItsTrackingWindowRule(schedule.JobOutcomeWindow, contract.CompletedOn!.Value, outcomeDate));
        }

        var dueFrom = kind switch
        {
            MilestoneKind.Start => contract.StartDate,
            MilestoneKind.Completion => contract.CompletedOn!.Value,
            _ => outcomeDate!.Value,
        };
        var claimedOn = DateOnly.FromDateTime(now.UtcDateTime);
        RuleCheck.Check(new MilestoneMustBeDueRule(kind, dueFrom, claimedOn));
        RuleCheck.Check(new ClaimMustShowItsEvidenceRule(evidence));
        return new MilestoneClaim
        {
            Id = MilestoneClaimId.New(),
            ContractId = contractId,
            Kind = kind,
            Amount = schedule.Find(kind)!.Amount,
            Evidence = new ClaimEvidence(evidence.Description.Trim(), evidence.Reference.Trim()),
            InWorkFrom = kind == MilestoneKind.JobOutcome ? inWorkFrom : null,
            OutcomeDate = outcomeDate,
            ClaimedBy = claimedBy,
            ClaimedAt = now,
            Status = ClaimStatus.Claimed,
        };
    }

    /// <summary>Whether the claim holds its milestone: until it is rejected, no other claim of the milestone is made.</summary>
    public bool Stands => Status != ClaimStatus.Rejected;

    public MilestoneClaim Verify(string verifiedBy, DateTimeOffset now)
    {
        RuleCheck.Check(new ClaimIsDecidedOnceRule(Status));
        return this with { Status = ClaimStatus.Verified, DecidedBy = verifiedBy, DecidedAt = now };
    }

    public MilestoneClaim Reject(string rejectedBy, string reason, DateTimeOffset now)
    {
        RuleCheck.Check(new ClaimIsDecidedOnceRule(Status));
        RuleCheck.Check(new RejectionMustGiveItsReasonRule(reason));
        return this with { Status = ClaimStatus.Rejected, DecidedBy = rejectedBy, DecidedAt = now, RejectionReason = reason.Trim() };
    }
}
