namespace Dps.Referral.Domain;

/// <summary>A membership's standing as Qualification answers it (<c>FindQualifiedTerms</c>): Active, Suspended or Removed.</summary>
internal static class MemberStanding
{
    public const string Active = "Active";
}
