using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class ValidityChangeTests
{
    private static readonly DateOnly Today = new(2019, 6, 1);
    private static readonly DateTimeOffset Now = new(2019, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_extension_moves_the_end_and_is_recorded_with_its_reason()
    {
        var dps = PurchasingSystems.Create();

        dps.ChangeValidity(ValidityChangeKind.Extended, new DateOnly(2023, 1, 31), "Partners agreed two more years", "manager-1", Today, Now);

        Assert.That(dps.ValidUntil, Is.EqualTo(new DateOnly(2023, 1, 31)));
        Assert.That(dps.ValidityChanges.Single(), Is.EqualTo(new ValidityChange(
            ValidityChangeKind.Extended, PurchasingSystems.ValidUntil, new DateOnly(2023, 1, 31), "Partners agreed two more years", "manager-1", Now)));
    }

    [Test]
    public void Every_change_is_kept_in_order()
    {
        var dps = PurchasingSystems.Create();

        dps.ChangeValidity(ValidityChangeKind.Extended, new DateOnly(2023, 1, 31), "More years", "m", Today, Now);
        dps.ChangeValidity(ValidityChangeKind.Shortened, new DateOnly(2022, 1, 31), "Fewer years", "m", Today, Now);

        Assert.That(dps.ValidityChanges.Select(c => c.Kind), Is.EqualTo(new[] { ValidityChangeKind.Extended, ValidityChangeKind.Shortened }));
        Assert.That(dps.ValidityChanges[1].PreviousValidUntil, Is.EqualTo(new DateOnly(2023, 1, 31)));
    }

    [Test]
    public void An_extension_that_ends_no_later_is_refused() =>
        AssertBrokenRule<ExtensionMustEndLaterRule>(() => PurchasingSystems.Create()
            .ChangeValidity(ValidityChangeKind.Extended, PurchasingSystems.ValidUntil, "No change", "m", Today, Now));

    [Test]
    public void A_shortening_that_ends_no_earlier_is_refused() =>
        AssertBrokenRule<ShorteningMustEndEarlierRule>(() => PurchasingSystems.Create()
            .ChangeValidity(ValidityChangeKind.Shortened, PurchasingSystems.ValidUntil.AddDays(1), "Longer", "m", Today, Now));

    [Test]
    public void Validity_cannot_be_shortened_into_the_past() =>
        AssertBrokenRule<ValidityCannotEndInThePastRule>(() => PurchasingSystems.Create()
            .ChangeValidity(ValidityChangeKind.Shortened, Today.AddDays(-1), "Retroactive", "m", Today, Now));

    [Test]
    public void Termination_ends_validity_today_and_freezes_the_dps()
    {
        var dps = PurchasingSystems.Create();

        dps.ChangeValidity(ValidityChangeKind.Terminated, null, "Scheme wound up", "m", Today, Now);

        Assert.That(dps.ValidUntil, Is.EqualTo(Today));
        Assert.That(dps.StatusOn(Today), Is.EqualTo(DpsStatus.Open));
        Assert.That(dps.StatusOn(Today.AddDays(1)), Is.EqualTo(DpsStatus.Terminated));
        AssertBrokenRule<TerminatedDpsCannotChangeRule>(
            () => dps.ChangeValidity(ValidityChangeKind.Extended, new DateOnly(2030, 1, 1), "Revive", "m", Today, Now));
    }

    [Test]
    public void A_dps_is_not_yet_open_before_its_validity_and_expired_after_it()
    {
        var dps = PurchasingSystems.Create();

        Assert.That(dps.StatusOn(PurchasingSystems.ValidFrom.AddDays(-1)), Is.EqualTo(DpsStatus.NotYetOpen));
        Assert.That(dps.StatusOn(PurchasingSystems.ValidFrom), Is.EqualTo(DpsStatus.Open));
        Assert.That(dps.StatusOn(PurchasingSystems.ValidUntil), Is.EqualTo(DpsStatus.Open));
        Assert.That(dps.StatusOn(PurchasingSystems.ValidUntil.AddDays(1)), Is.EqualTo(DpsStatus.Expired));
    }
}
