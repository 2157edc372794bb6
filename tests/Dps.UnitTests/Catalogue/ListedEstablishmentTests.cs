using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Listings.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Catalogue;

public sealed class ListedEstablishmentTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Admission = Now.AddDays(-1);
    private static readonly string[] TaxonomyNeeds = ["ASD", "SLT", "SEMH"];
    private static readonly string[] TaxonomyFeatures = ["HALAL", "CY"];

    [Test]
    public void An_admitted_establishment_is_listed_active_with_its_snapshot()
    {
        var listing = Admitted();

        Assert.Multiple(() =>
        {
            Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
            Assert.That(listing.Name, Is.EqualTo("Oakfield School"));
            Assert.That(listing.Capacity, Is.EqualTo(10));
            Assert.That(listing.Vacancies, Is.Zero);
            Assert.That(listing.Score, Is.EqualTo(68m));
        });
    }

    [Test]
    public void Suspension_hides_it_and_reinstatement_shows_it_again()
    {
        var listing = Admitted();

        listing.Suspend(Fact(listing, 1), Now);
        var whileSuspended = listing.IsSearchable;
        listing.Reinstate(Fact(listing, 2), Now);

        Assert.That(whileSuspended, Is.False);
        Assert.That(listing.IsSearchable, Is.True);
    }

    [Test]
    public void A_removed_listing_is_not_reinstated_but_a_new_admission_lists_it_again()
    {
        var listing = Admitted();

        listing.Remove(Fact(listing, 1), Now);
        listing.Reinstate(Fact(listing, 2), Now);
        var afterReinstatement = listing.Status;
        listing.Readmit(Snapshot(Admission.AddHours(3)), Now);

        Assert.That(afterReinstatement, Is.EqualTo(ListingStatus.Removed));
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
    }

    [Test]
    public void A_suspension_delivered_after_a_later_reinstatement_changes_nothing()
    {
        var listing = Admitted();
        var suspension = Fact(listing, 1);

        listing.Reinstate(Fact(listing, 2), Now);
        listing.Suspend(suspension, Now);

        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
        Assert.That(listing.StatusAsOf, Is.EqualTo(Admission.AddHours(2)));
    }

    [Test]
    public void An_earlier_score_delivered_late_does_not_replace_a_later_one()
    {
        var listing = Admitted();

        listing.ChangeScore(Fact(listing, 2), 75m, Now);
        listing.ChangeScore(Fact(listing, 1), 60m, Now);

        Assert.That(listing.Score, Is.EqualTo(75m));
    }

    [Test]
    public void A_score_change_still_counts_after_a_later_suspension()
    {
        var listing = Admitted();

        listing.Suspend(Fact(listing, 2), Now);
        listing.ChangeScore(Fact(listing, 1), 72m, Now);

        Assert.That(listing.Score, Is.EqualTo(72m));
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Suspended));
    }

    [Test]
    public void A_late_event_of_an_earlier_membership_is_old_news()
    {
        var listing = Admitted();
        var earlierMembership = new MembershipFact(Guid.NewGuid(), Admission.AddHours(-1));

        listing.Suspend(earlierMembership, Now);

        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
    }

    [Test]
    public void An_event_of_a_membership_whose_admission_has_not_arrived_waits_for_it()
    {
        var listing = Admitted();
        var laterMembership = new MembershipFact(Guid.NewGuid(), Admission.AddHours(1));

        Assert.Throws<MembershipNotYetListedException>(() => listing.Suspend(laterMembership, Now));
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
    }

    [Test]
    public void An_admission_older_than_the_listings_membership_changes_nothing()
    {
        var listing = Admitted();
        var current = listing.MembershipId;

        listing.Readmit(Snapshot(Admission.AddHours(-1)), Now);

        Assert.That(listing.MembershipId, Is.EqualTo(current));
    }

    [Test]
    public void A_profile_keeps_the_taxonomys_spelling_of_each_code_once()
    {
        var listing = Admitted();

        listing.DescribeProfile(["slt", "ASD", "asd"], ["cy"], 3, TaxonomyNeeds, TaxonomyFeatures, Now);

        Assert.That(listing.Needs, Is.EqualTo(new[] { "ASD", "SLT" }));
        Assert.That(listing.Features, Is.EqualTo(new[] { "CY" }));
        Assert.That(listing.Vacancies, Is.EqualTo(3));
    }

    [Test]
    public void Unknown_need_codes_are_refused_by_name()
    {
        var listing = Admitted();

        var broken = AssertBrokenRule<ProfileCodesMustBeInTheTaxonomyRule>(
            () => listing.DescribeProfile(["ASD", "DYSLEXIA"], [], 0, TaxonomyNeeds, TaxonomyFeatures, Now));

        Assert.That(broken.Message, Does.Contain("DYSLEXIA").And.Not.Contain("ASD"));
    }

    [TestCase(-1)]
    [TestCase(11)]
    public void Vacancies_must_be_within_capacity(int vacancies)
    {
        var listing = Admitted();

        AssertBrokenRule<VacanciesMustBeWithinCapacityRule>(() => listing.DescribeProfile([], [], vacancies, TaxonomyNeeds, TaxonomyFeatures, Now));
    }

    private static ListedEstablishment Admitted() => ListedEstablishment.Admit(Snapshot(Admission), Now);

    /// <summary>An event about the listing's membership, some hours after its admission.</summary>
    private static MembershipFact Fact(ListedEstablishment listing, int hoursAfterAdmission) =>
        new(listing.MembershipId, Admission.AddHours(hoursAfterAdmission));

    private static ListingSnapshot Snapshot(DateTimeOffset admittedAt) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Oakfield School", "RH12 1AB", 51.06, -0.33, 10, 68m, admittedAt);
}
