namespace Dps.Referral.Domain.Referrals;

/// <summary>Where the service user lives: the centre of the referral's geographic limit.</summary>
public sealed record HomeLocation(string Postcode, double Latitude, double Longitude);
