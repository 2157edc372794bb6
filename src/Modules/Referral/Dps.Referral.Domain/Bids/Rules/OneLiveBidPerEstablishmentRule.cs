using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>An establishment has at most one live bid on a referral: it revises that one rather than bidding again.</summary>
internal sealed class OneLiveBidPerEstablishmentRule(bool hasLiveBid) : IBusinessRule
{
    public string Message => "This establishment already has a live bid on the referral; revise or withdraw it instead.";

    public bool IsBroken() => hasLiveBid;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
