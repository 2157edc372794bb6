using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class EntryClosureTests
{
    private static readonly DateOnly Today = new(2017, 1, 20);
    private static readonly DateTimeOffset Now = new(2017, 1, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_closed_dps_refuses_entry_during_the_closure_and_reopens_by_itself()
    {
        var dps = PurchasingSystems.Create();

        dps.CloseToNewApplications(new DateOnly(2017, 2, 1), new DateOnly(2017, 4, 1), "Onboarding", "m", Today, Now);

        Assert.That(dps.StatusOn(new DateOnly(2017, 2, 1)), Is.EqualTo(DpsStatus.ClosedToNewApplications));
        Assert.That(dps.StatusOn(new DateOnly(2017, 3, 31)), Is.EqualTo(DpsStatus.ClosedToNewApplications));
        Assert.That(dps.StatusOn(new DateOnly(2017, 4, 1)), Is.EqualTo(DpsStatus.Open));
    }

    [Test]
    public void A_closure_must_reopen_after_it_starts() =>
        AssertBrokenRule<EntryClosureMustEndAfterItStartsRule>(() => PurchasingSystems.Create()
            .CloseToNewApplications(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 1), "Zero days", "m", Today, Now));

    [Test]
    public void A_closure_cannot_start_in_the_past() =>
        AssertBrokenRule<EntryClosureCannotStartInThePastRule>(() => PurchasingSystems.Create()
            .CloseToNewApplications(Today.AddDays(-1), Today.AddDays(10), "Retroactive", "m", Today, Now));

    [Test]
    public void Overlapping_closures_are_refused_but_adjacent_ones_are_not()
    {
        var dps = PurchasingSystems.Create();
        dps.CloseToNewApplications(new DateOnly(2017, 2, 1), new DateOnly(2017, 4, 1), "Onboarding", "m", Today, Now);

        dps.CloseToNewApplications(new DateOnly(2017, 4, 1), new DateOnly(2017, 4, 8), "Easter", "m", Today, Now);

        AssertBrokenRule<EntryClosuresMustNotOverlapRule>(() =>
            dps.CloseToNewApplications(new DateOnly(2017, 3, 31), new DateOnly(2017, 4, 2), "Overlap", "m", Today, Now));
        Assert.That(dps.EntryClosures, Has.Count.EqualTo(2));
    }
}
