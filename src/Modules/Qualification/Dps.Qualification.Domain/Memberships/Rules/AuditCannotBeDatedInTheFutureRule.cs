using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class AuditCannotBeDatedInTheFutureRule(DateOnly auditedOn, DateOnly today) : IBusinessRule
{
    public string Message => $"An audit cannot be dated after today ({today:yyyy-MM-dd}).";

    public bool IsBroken() => auditedOn > today;
}
