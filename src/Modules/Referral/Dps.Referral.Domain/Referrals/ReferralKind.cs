namespace Dps.Referral.Domain.Referrals;

/// <summary>A referral (SET) is published for bids; a business case (DWP) is handed to offer matching instead.</summary>
public enum ReferralKind
{
    Referral,
    BusinessCase,
}
