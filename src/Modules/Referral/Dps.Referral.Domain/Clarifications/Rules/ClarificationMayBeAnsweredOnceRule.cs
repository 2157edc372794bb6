using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Clarifications.Rules;

/// <summary>An answer, once invitees may have read it, stands; a correction is a new public statement, not an edit.</summary>
internal sealed class ClarificationMayBeAnsweredOnceRule(DateTimeOffset? answeredAt) : IBusinessRule
{
    public string Message => $"This question was already answered at {answeredAt:u}.";

    public bool IsBroken() => answeredAt is not null;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
