using Dps.Qualification.Domain.Applications;

namespace Dps.Qualification.Domain.Memberships;

public enum MembershipStatus
{
    Active,
    Suspended,
    Removed,
}

/// <summary>Why a member was suspended: the criteria it no longer meets. It applies across all authorities.</summary>
public sealed record Suspension(IReadOnlyList<string> FailedCriteria, string Reason, string SuspendedBy, DateTimeOffset SuspendedAt);

/// <summary>The supplier's new answers to the failed criteria only, awaiting the manager's re-evaluation.</summary>
public sealed record Resubmission(IReadOnlyList<CriterionAnswer> Answers, DateTimeOffset SubmittedAt);

/// <summary>An annual audit of the member; the next is due a year after it.</summary>
public sealed record MembershipAudit(DateOnly AuditedOn, bool Passed, string? Notes, string RecordedBy);

/// <summary>A periodic adjustment of the core competency score from contract-management performance.</summary>
public sealed record ScoreAdjustment(decimal PreviousScore, decimal NewScore, string Reason, string AdjustedBy, DateTimeOffset AdjustedAt);
