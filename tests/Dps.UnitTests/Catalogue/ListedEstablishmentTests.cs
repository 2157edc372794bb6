using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Listings.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Catalogue;

public sealed class ListedEstablishmentTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 9, 0, 0, TimeSpan.Zero);
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

        listing.Suspend(Now);
        var whileSuspended = listing.IsSearchable;
        listing.Reinstate(Now);

        Assert.That(whileSuspended, Is.False);
        Assert.That(listing.IsSearchable, Is.True);
    }

    [Test]
    public void A_removed_listing_is_not_reinstated_but_a_new_admission_lists_it_again()
    {
        var listing = Admitted();

        listing.Remove(Now);
        listing.Reinstate(Now);
        var afterReinstatement = listing.Status;
        listing.Readmit(Snapshot(), Now);

        Assert.That(afterReinstatement, Is.EqualTo(ListingStatus.Removed));
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Active));
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

    private static ListedEstablishment Admitted() => ListedEstablishment.Admit(Snapshot(), Now);

    private static ListingSnapshot Snapshot() => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Oakfield School", "RH12 1AB", 51.06, -0.33, 10, 68m);
}
