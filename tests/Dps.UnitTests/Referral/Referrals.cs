using Dps.Referral.Domain.Referrals;

namespace Dps.UnitTests.Referral;

/// <summary>Referrals as the domain tests need them: a draft in a category whose taxonomy has ASD, SLT and HALAL.</summary>
internal static class Referrals
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly CategoryTerms Category = new(["ASD", "SLT"], ["HALAL"]);

    public static readonly ResponsePeriod TenDays = new(TimeSpan.FromDays(10), Urgent: false);

    public static ReferralTerms Terms(DateTimeOffset? deadline = null, decimal limitMiles = 10) => new(
        "WSCC-20260001",
        [new RequiredNeed("ASD", NeedPriority.MustHave, 10), new RequiredNeed("SLT", NeedPriority.Desirable, 5)],
        [new DesiredFeature("HALAL", 2)],
        "Back in full-time education.",
        new HomeLocation("RH12 1XX", 51.06, -0.33),
        limitMiles,
        new DateOnly(2027, 1, 4),
        39,
        PriceBasis.Week,
        GroupSize: 1,
        Places: 1,
        deadline ?? Now.AddDays(11),
        EvaluationWeights.Default);

    public static ReferralCase Draft(ReferralTerms? terms = null, ReferralKind kind = ReferralKind.Referral) =>
        ReferralCase.Raise(kind, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), terms ?? Terms(), Category, Now);

    public static ReferralCase Published(ReferralTerms? terms = null)
    {
        var referral = Draft(terms);
        referral.Publish(TenDays, Now);
        return referral;
    }
}
