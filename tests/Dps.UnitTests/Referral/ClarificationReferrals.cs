using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.DirectPlacements;
using Dps.Referral.Domain.Referrals;

namespace Dps.UnitTests.Referral;

/// <summary>Referrals, questions and direct placements for the clarification and placement rules' tests.</summary>
internal static class ClarificationReferrals
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    public static ReferralCase Draft(DateTimeOffset? deadline = null) => ReferralCase.Raise(
        ReferralKind.Referral,
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        new ReferralTerms(
            "KCC-20261234",
            [new RequiredNeed("ASD", NeedPriority.MustHave, 10)],
            [],
            "Back in full-time education within a term",
            new HomeLocation("ME14 1XX", 51.27, 0.52),
            25,
            new DateOnly(2027, 1, 4),
            39,
            PriceBasis.Week,
            1,
            1,
            deadline ?? Now.AddDays(14),
            EvaluationWeights.Default),
        new CategoryTerms(["ASD"], []),
        Now);

    public static ReferralCase Published(DateTimeOffset? deadline = null)
    {
        var referral = Draft(deadline);
        referral.Publish(new ResponsePeriod(TimeSpan.FromDays(10), Urgent: false), Now);
        return referral;
    }

    public static Clarification Asked(ReferralCase referral) =>
        Clarification.Ask(referral, Guid.NewGuid(), Guid.NewGuid(), "Oakfield School", "Is transport included?", Now.AddHours(1));

    public static DirectPlacementTerms PlacementTerms(string currency = "GBP") => new(
        "TribunalOrder", "Ordered by the tribunal on 1 December", "KCC-20261234", new Money(2500m, currency), PriceBasis.Week, new DateOnly(2027, 1, 4), 39, 1);

    public static DirectPlacement Place(string standing = "Active", string currency = "GBP") => DirectPlacement.Place(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), standing, "GBP", PlacementTerms(currency), Now);
}
