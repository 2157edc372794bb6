using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>On a DPS that matches offers, a business case goes to offer matching and is never published for bids.</summary>
internal sealed class BusinessCasesAreMatchedNotPublishedRule(ReferralKind kind) : IBusinessRule
{
    public string Message => "This is a business case on a DPS that matches offers: it is handed to offer matching, not published for bids.";

    public bool IsBroken() => kind == ReferralKind.BusinessCase;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
