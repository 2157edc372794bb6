using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Dps.Qualification.Application.Contracts;

/// <summary>Why a member was suspended: the criteria it no longer meets. It applies across all authorities.</summary>
public sealed record Suspension(
    [property: Description("The codes of the pass/fail criteria it no longer meets (after a partial re-evaluation, those still failing); the supplier resubmits only these.")] IReadOnlyList<string> FailedCriteria,
    [property: Description("Why it was suspended; for a confirmed suspension request, the evidence and its reference.")] string Reason,
    [property: Description("Who suspended it (the token's subject).")] string SuspendedBy,
    [property: Description("When it was suspended (UTC).")] DateTimeOffset SuspendedAt)
{
    [return: NotNullIfNotNull(nameof(suspension))]
    public static Suspension? From(Domain.Memberships.Suspension? suspension) => suspension is null
        ? null
        : new(suspension.FailedCriteria, suspension.Reason, suspension.SuspendedBy, suspension.SuspendedAt);
}

/// <summary>The supplier's new answers to the failed criteria only, awaiting the manager's re-evaluation.</summary>
public sealed record Resubmission(
    [property: Description("The supplier's new answers, one for each failed criterion and no other.")] IReadOnlyList<CriterionAnswer> Answers,
    [property: Description("When the supplier resubmitted them (UTC).")] DateTimeOffset SubmittedAt)
{
    [return: NotNullIfNotNull(nameof(resubmission))]
    public static Resubmission? From(Domain.Memberships.Resubmission? resubmission) => resubmission is null
        ? null
        : new([.. resubmission.Answers.Select(CriterionAnswer.From)], resubmission.SubmittedAt);
}

/// <summary>An annual audit of the member; the next is due a year after it.</summary>
public sealed record MembershipAudit(
    [property: Description("The day of the audit (a calendar date in the scheme's time zone, Europe/London); the next is due 12 months later by default.")] DateOnly AuditedOn,
    [property: Description("Whether the member passed the audit; a failed audit is recorded, and suspending the member is a separate step.")] bool Passed,
    [property: Description("The auditor's notes; null when there are none.")] string? Notes,
    [property: Description("Who recorded the audit (the token's subject).")] string RecordedBy)
{
    public static MembershipAudit From(Domain.Memberships.MembershipAudit audit) => new(audit.AuditedOn, audit.Passed, audit.Notes, audit.RecordedBy);
}

/// <summary>A periodic adjustment of the core competency score from contract-management performance.</summary>
public sealed record ScoreAdjustment(
    [property: Description("The core competency score before the adjustment (0–100).")] decimal PreviousScore,
    [property: Description("The core competency score after it (0–100).")] decimal NewScore,
    [property: Description("Why it was adjusted; for a contract-management performance review, its period and reasons.")] string Reason,
    [property: Description("Who adjusted it (the token's subject), or who carried out the performance review it comes from.")] string AdjustedBy,
    [property: Description("When it was adjusted (UTC).")] DateTimeOffset AdjustedAt)
{
    public static ScoreAdjustment From(Domain.Memberships.ScoreAdjustment adjustment) =>
        new(adjustment.PreviousScore, adjustment.NewScore, adjustment.Reason, adjustment.AdjustedBy, adjustment.AdjustedAt);
}

/// <summary>Evidence from contract management that a pass/fail criterion is no longer met, and what the manager decided.</summary>
public sealed record RequestedSuspension(
    Guid RequestId,
    Guid ContractId,
    [property: Description("The code of the pass/fail criterion the member is said to fail, e.g. PF-OFSTED.")] string CriterionCode,
    [property: Description("The evidence recorded on the contract, e.g. an Ofsted rating of Inadequate.")] string Evidence,
    [property: Description("The evidence's reference, e.g. the inspection report's number.")] string Reference,
    [property: Description("Who recorded the evidence on the contract (the token's subject).")] string RequestedBy,
    [property: Description("When the evidence was recorded (UTC).")] DateTimeOffset RequestedAt,
    [property: Description("`Pending` (awaiting the DPS manager), `Confirmed` (the member was suspended for the criterion) or `Dismissed` (no grounds found).")] Domain.Memberships.RequestedSuspensionOutcome Outcome,
    [property: Description("Who confirmed or dismissed it (the token's subject); null while pending.")] string? DecidedBy,
    [property: Description("When it was confirmed or dismissed (UTC); null while pending.")] DateTimeOffset? DecidedAt,
    [property: Description("Why the DPS manager found no grounds to suspend; null unless dismissed.")] string? DismissalReason)
{
    public static RequestedSuspension From(Domain.Memberships.RequestedSuspension r) =>
        new(r.RequestId, r.ContractId, r.CriterionCode, r.Evidence, r.Reference, r.RequestedBy, r.RequestedAt, r.Outcome, r.DecidedBy, r.DecidedAt, r.DismissalReason);
}
