using System.Diagnostics.CodeAnalysis;

namespace Dps.Qualification.Application.Contracts;

/// <summary>Why a member was suspended: the criteria it no longer meets. It applies across all authorities.</summary>
public sealed record Suspension(IReadOnlyList<string> FailedCriteria, string Reason, string SuspendedBy, DateTimeOffset SuspendedAt)
{
    [return: NotNullIfNotNull(nameof(suspension))]
    public static Suspension? From(Domain.Memberships.Suspension? suspension) => suspension is null
        ? null
        : new(suspension.FailedCriteria, suspension.Reason, suspension.SuspendedBy, suspension.SuspendedAt);
}

/// <summary>The supplier's new answers to the failed criteria only, awaiting the manager's re-evaluation.</summary>
public sealed record Resubmission(IReadOnlyList<CriterionAnswer> Answers, DateTimeOffset SubmittedAt)
{
    [return: NotNullIfNotNull(nameof(resubmission))]
    public static Resubmission? From(Domain.Memberships.Resubmission? resubmission) => resubmission is null
        ? null
        : new([.. resubmission.Answers.Select(CriterionAnswer.From)], resubmission.SubmittedAt);
}

/// <summary>An annual audit of the member; the next is due a year after it.</summary>
public sealed record MembershipAudit(DateOnly AuditedOn, bool Passed, string? Notes, string RecordedBy)
{
    public static MembershipAudit From(Domain.Memberships.MembershipAudit audit) => new(audit.AuditedOn, audit.Passed, audit.Notes, audit.RecordedBy);
}

/// <summary>A periodic adjustment of the core competency score from contract-management performance.</summary>
public sealed record ScoreAdjustment(decimal PreviousScore, decimal NewScore, string Reason, string AdjustedBy, DateTimeOffset AdjustedAt)
{
    public static ScoreAdjustment From(Domain.Memberships.ScoreAdjustment adjustment) =>
        new(adjustment.PreviousScore, adjustment.NewScore, adjustment.Reason, adjustment.AdjustedBy, adjustment.AdjustedAt);
}

/// <summary>Evidence from contract management that a pass/fail criterion is no longer met, and what the manager decided.</summary>
public sealed record RequestedSuspension(
    Guid RequestId,
    Guid ContractId,
    string CriterionCode,
    string Evidence,
    string Reference,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    Domain.Memberships.RequestedSuspensionOutcome Outcome,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DismissalReason)
{
    public static RequestedSuspension From(Domain.Memberships.RequestedSuspension r) =>
        new(r.RequestId, r.ContractId, r.CriterionCode, r.Evidence, r.Reference, r.RequestedBy, r.RequestedAt, r.Outcome, r.DecidedBy, r.DecidedAt, r.DismissalReason);
}
