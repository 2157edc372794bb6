using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>A referral on a DPS that invites bids is published for bids; only a business case goes to offer matching.</summary>
internal sealed class OnlyBusinessCasesAreMatchedRule(ReferralKind kind) : IBusinessRule
{
    public string Message => "This referral is on a DPS that invites bids: publish it instead.";

    public bool IsBroken() => kind != ReferralKind.BusinessCase;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
