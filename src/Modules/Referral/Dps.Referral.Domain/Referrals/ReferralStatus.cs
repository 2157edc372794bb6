namespace Dps.Referral.Domain.Referrals;

/// <summary>
/// Draft → Published → Closed at its response deadline (or Cancelled before award); a business case goes from Draft to
/// Matching; a direct placement is Placed at once.
/// </summary>
public enum ReferralStatus
{
    Draft,
    Published,
    Closed,
    Cancelled,
    Matching,
    Placed,
}
