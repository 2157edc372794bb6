using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

/// <summary>Audits are recorded in order, so the next due date never moves backwards.</summary>
internal sealed class AuditMustNotPrecedeTheLastAuditRule(DateOnly auditedOn, IReadOnlyList<MembershipAudit> audits) : IBusinessRule
{
    public string Message => $"The last audit was on {audits.Max(a => a.AuditedOn):yyyy-MM-dd}; an audit cannot be recorded before it.";

    public bool IsBroken() => audits.Count > 0 && auditedOn < audits.Max(a => a.AuditedOn);
}
