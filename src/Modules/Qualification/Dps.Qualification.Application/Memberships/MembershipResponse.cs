using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Memberships;

namespace Dps.Qualification.Application.Memberships;

public sealed record MembershipResponse(
    Guid Id,
    Guid SupplierId,
    Guid EstablishmentId,
    Guid DpsId,
    Guid CategoryId,
    Guid ApplicationId,
    [property: Description("`Active`, `Suspended` (across all authorities, and out of search) or `Removed` (final; the establishment may apply again).")] MembershipStatus Status,
    [property: Description("The core competency score (0–100): the weighted method-statement total it was admitted with, as adjusted since from performance reviews.")] decimal CoreCompetencyScore,
    [property: Description("The core costs it qualified with, per line: a bid may lower them, never raise them.")] IReadOnlyList<Contracts.CoreCost> CoreCosts,
    [property: Description("The cohort and sibling discounts it qualified with.")] Contracts.Discounts Discounts,
    [property: Description("The day it was admitted (a calendar date in the scheme's time zone, Europe/London).")] DateOnly AdmittedOn,
    [property: Description("The day its next audit is due: 12 months by default after admission or the last audit recorded (Europe/London calendar date).")] DateOnly AuditDueOn,
    [property: Description("Whether `auditDueOn` has passed; never true once removed.")] bool AuditOverdue,
    [property: Description("Why it is suspended; null unless it has been suspended since admission or its last reinstatement.")] Contracts.Suspension? Suspension,
    [property: Description("The supplier's new answers to the failed criteria, awaiting the DPS manager's re-evaluation; null when none is waiting.")] Contracts.Resubmission? Resubmission,
    [property: Description("The audits recorded, oldest first.")] IReadOnlyList<Contracts.MembershipAudit> Audits,
    [property: Description("Every adjustment of the core competency score, oldest first.")] IReadOnlyList<Contracts.ScoreAdjustment> ScoreAdjustments,
    [property: Description("Evidence from contract management that the member fails a pass/fail criterion, pending or decided by the DPS manager.")] IReadOnlyList<Contracts.RequestedSuspension> RequestedSuspensions,
    [property: Description("Why the membership was removed; null unless removed.")] string? RemovalReason,
    uint Version) : IVersioned
{
    public static MembershipResponse From(Membership membership, DateOnly today) => new(
        membership.Id.Value,
        membership.SupplierId.Value,
        membership.EstablishmentId.Value,
        membership.DpsId.Value,
        membership.CategoryId.Value,
        membership.ApplicationId.Value,
        membership.Status,
        membership.CoreCompetencyScore,
        [.. membership.CoreCosts.Select(Contracts.CoreCost.From)],
        Contracts.Discounts.From(membership.Discounts),
        membership.AdmittedOn,
        membership.AuditDueOn,
        membership.IsAuditOverdueOn(today),
        Contracts.Suspension.From(membership.Suspension),
        Contracts.Resubmission.From(membership.Resubmission),
        [.. membership.Audits.Select(Contracts.MembershipAudit.From)],
        [.. membership.ScoreAdjustments.Select(Contracts.ScoreAdjustment.From)],
        [.. membership.RequestedSuspensions.Select(Contracts.RequestedSuspension.From)],
        membership.RemovalReason,
        membership.Version);
}
