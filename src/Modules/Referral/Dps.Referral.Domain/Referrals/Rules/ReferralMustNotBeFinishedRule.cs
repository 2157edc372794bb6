using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>A referral may be cancelled at any point before award; a cancelled or placed one is finished.</summary>
internal sealed class ReferralMustNotBeFinishedRule(ReferralStatus status) : IBusinessRule
{
    public string Message => $"The referral is already {status}.";

    public bool IsBroken() => status is ReferralStatus.Cancelled or ReferralStatus.Placed;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
