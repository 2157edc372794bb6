using Dps.Catalogue.Domain.Offers;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class OfferTests
{
    [Test]
    public void A_submitted_offer_is_active_version_1_with_its_content_tidied()
    {
        var offer = Submit(programme: "  Routes   to Work ", content: Content(description: "  Weekly   coaching. "));

        Assert.Multiple(() =>
        {
            Assert.That(offer.Status, Is.EqualTo(OfferStatus.Active));
            Assert.That(offer.VersionNumber, Is.EqualTo(1));
            Assert.That(offer.ProgrammeName, Is.EqualTo("Routes to Work"));
            Assert.That(offer.Content.Description, Is.EqualTo("Weekly coaching."));
            Assert.That(offer.Versions.Select(v => v.Number), Is.EqualTo(new[] { 1 }));
            Assert.That(offer.SupplierId, Is.EqualTo(SupplierId));
            Assert.That(offer.SubmittedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void A_revision_is_a_new_version_and_the_earlier_one_is_kept()
    {
        var offer = Submit();

        offer.Revise("Routes to Work", Content(price: 500m), StandingInCategory.ActiveMember, Current(offer), Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(offer.VersionNumber, Is.EqualTo(2));
            Assert.That(offer.Content.PricePerParticipant.Amount, Is.EqualTo(500m));
            Assert.That(offer.Versions.Select(v => v.Number), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(offer.Versions[0].Content.PricePerParticipant.Amount, Is.EqualTo(450m));
            Assert.That(offer.RevisedAt, Is.EqualTo(Now.AddDays(1)));
        });
    }

    [Test]
    public void Withdrawal_keeps_the_versions_and_records_when()
    {
        var offer = Submit();

        offer.Withdraw(Now.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(offer.Status, Is.EqualTo(OfferStatus.Withdrawn));
            Assert.That(offer.WithdrawnAt, Is.EqualTo(Now.AddDays(2)));
            Assert.That(offer.Versions, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void The_fingerprint_ignores_case_spacing_and_the_order_of_lists()
    {
        var original = Content();
        var retyped = original with
        {
            Description = "  WEEKLY one-to-one   coaching and group workshops.",
            ClientGroups = ["care leavers", "Long-term  unemployed"],
            DeliveryLocations = [new DeliveryLocation("manchester central", "m11ae", null, null)],
            ExpectedOutcomes = "participants move into work or training. ",
            PricePerParticipant = original.PricePerParticipant with { Amount = 450.00m },
        };

        Assert.That(retyped.Fingerprint(), Is.EqualTo(original.Fingerprint()));
    }

    [Test]
    public void The_fingerprint_changes_with_the_price_the_outcomes_or_the_client_groups()
    {
        var original = Content();

        Assert.Multiple(() =>
        {
            Assert.That(Content(price: 451m).Fingerprint(), Is.Not.EqualTo(original.Fingerprint()));
            Assert.That((original with { ExpectedJobOutcomePercentage = 40m }).Fingerprint(), Is.Not.EqualTo(original.Fingerprint()));
            Assert.That((original with { ClientGroups = ["Care leavers"] }).Fingerprint(), Is.Not.EqualTo(original.Fingerprint()));
        });
    }

    [Test]
    public void The_fingerprint_ignores_the_capacity()
    {
        var original = Content();

        Assert.That((original with { Capacity = 10 }).Fingerprint(), Is.EqualTo(original.Fingerprint()));
    }
}
