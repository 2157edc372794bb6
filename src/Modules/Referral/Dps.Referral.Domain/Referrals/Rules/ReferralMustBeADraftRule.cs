using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>Once invitations are out, what was asked for stays as the invitees read it.</summary>
internal sealed class ReferralMustBeADraftRule(ReferralStatus status, string action) : IBusinessRule
{
    public string Message => $"The referral is {status}; only a draft can be {action}.";

    public bool IsBroken() => status != ReferralStatus.Draft;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
