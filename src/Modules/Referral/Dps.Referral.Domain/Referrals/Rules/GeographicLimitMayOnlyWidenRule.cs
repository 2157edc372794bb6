using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>Widening invites the newly eligible and keeps every earlier invitation, so a limit never narrows.</summary>
internal sealed class GeographicLimitMayOnlyWidenRule(decimal current, decimal requested) : IBusinessRule
{
    public string Message => $"The geographic limit is {current} miles; widening needs a larger one than that, not {requested}.";

    public bool IsBroken() => requested <= current;
}
