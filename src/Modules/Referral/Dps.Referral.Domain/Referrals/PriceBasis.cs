namespace Dps.Referral.Domain.Referrals;

/// <summary>The period a bid's price is for.</summary>
public enum PriceBasis
{
    Week,
    Month,
    Annum,
}
