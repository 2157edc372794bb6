using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Applications;
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
    IReadOnlyList<CoreCost> CoreCosts,
    Discounts Discounts,
    DateOnly AdmittedOn,
    DateOnly AuditDueOn,
    bool AuditOverdue,
    Suspension? Suspension,
    Resubmission? Resubmission,
    IReadOnlyList<MembershipAudit> Audits,
    IReadOnlyList<ScoreAdjustment> ScoreAdjustments,
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
        membership.CoreCosts,
        membership.Discounts,
        membership.AdmittedOn,
        membership.AuditDueOn,
        membership.IsAuditOverdueOn(today),
        membership.Suspension,
        membership.Resubmission,
        membership.Audits,
        membership.ScoreAdjustments,
        membership.RemovalReason,
        membership.Version);
}
