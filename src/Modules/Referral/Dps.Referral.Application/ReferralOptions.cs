using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application;

/// <summary>The scheme's rules for referrals (section <c>Referral</c>), with the defaults docs/domain.md gives.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referral";

    /// <summary>The least time a published referral leaves suppliers to respond, unless its category is urgent.</summary>
    public TimeSpan MinimumResponsePeriod { get; set; } = TimeSpan.FromDays(10);

    /// <summary>Fewer eligible members than this and the published referral is flagged, so that its buyer may widen it.</summary>
    public int MinimumEligibleMembers { get; set; } = 3;

    /// <summary>The largest geographic limit a referral may have, in miles.</summary>
    public decimal MaxGeographicLimitMiles { get; set; } = 500;

    public WeightLimits Weights { get; set; } = new();

    /// <summary>
    /// Per DPS, by its reference: whether it matches offers instead of inviting bids, and which of its categories are
    /// urgent, with their own minimum response period (e.g. <c>"Emergency placements": "1.00:00:00"</c>).
    /// </summary>
    public Dictionary<string, SchemeRules> Schemes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ResponsePeriod ResponsePeriodFor(string dpsReference, string categoryName) =>
        Schemes.TryGetValue(dpsReference, out var scheme) && scheme.UrgentCategories.TryGetValue(categoryName, out var urgent)
            ? new ResponsePeriod(urgent, Urgent: true)
            : new ResponsePeriod(MinimumResponsePeriod, Urgent: false);

    public bool MatchesOffers(string dpsReference) => Schemes.TryGetValue(dpsReference, out var scheme) && scheme.MatchesOffers;

    public sealed class SchemeRules
    {
        public bool MatchesOffers { get; set; }

        public Dictionary<string, TimeSpan> UrgentCategories { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The limits of a referral's weights, in percent: price within 50 ± 20, core competency ≤ 20, location ≤ 5.</summary>
    public sealed class WeightLimits
    {
        public decimal MinPrice { get; set; } = 30;

        public decimal MaxPrice { get; set; } = 70;

        public decimal MaxCoreCompetency { get; set; } = 20;

        public decimal MaxLocation { get; set; } = 5;
    }
}
