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
    MembershipStatus Status,
    decimal CoreCompetencyScore,
    IReadOnlyList<Contracts.CoreCost> CoreCosts,
    Contracts.Discounts Discounts,
    DateOnly AdmittedOn,
    DateOnly AuditDueOn,
    bool AuditOverdue,
    Contracts.Suspension? Suspension,
    Contracts.Resubmission? Resubmission,
    IReadOnlyList<Contracts.MembershipAudit> Audits,
    IReadOnlyList<Contracts.ScoreAdjustment> ScoreAdjustments,
    IReadOnlyList<Contracts.RequestedSuspension> RequestedSuspensions,
    string? RemovalReason,
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
