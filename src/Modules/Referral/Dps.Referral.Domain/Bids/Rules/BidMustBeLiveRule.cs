using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>A withdrawn bid is final: it is neither revised nor withdrawn again (a new bid may be made instead).</summary>
internal sealed class BidMustBeLiveRule(BidStatus status) : IBusinessRule
{
    public string Message => $"The bid is {status}; only a live bid changes.";

    public bool IsBroken() => status != BidStatus.Submitted;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
