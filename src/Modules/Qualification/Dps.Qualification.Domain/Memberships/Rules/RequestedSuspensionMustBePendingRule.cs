using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

/// <summary>A suspension request is decided once: confirmed or dismissed, it stays so.</summary>
internal sealed class RequestedSuspensionMustBePendingRule(RequestedSuspension request) : IBusinessRule
{
    public string Message => $"The suspension request is already {request.Outcome}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => request.Outcome != RequestedSuspensionOutcome.Pending;
}
