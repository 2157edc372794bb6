using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>Only an establishment that is an active member of the category now may bid or change its bid.</summary>
internal sealed class BidderMustBeAnActiveMemberRule(string standing) : IBusinessRule
{
    public string Message => $"The establishment's membership of the category is {standing}; only an active member may bid.";

    public bool IsBroken() => standing != MemberStanding.Active;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
