using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.Qualification.IntegrationEvents;
using static Dps.IntegrationTests.Catalogue.CatalogueEvents;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>The Catalogue's public requests, sent through the host's MediatR as Referral sends them.</summary>
public sealed class CategoryRequestTests : ApiTest
{
    private const double Lat = 52.0;
    private const double Lon = 0.0;

    [Test]
    public async Task The_taxonomy_is_the_categorys_current_revision_with_its_default_marks()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var revised = await scenario.SetTaxonomyAsync(CatalogueScenario.SenTaxonomy(autismMark: 12.5m), SupplierRequests.ETag(await scenario.TaxonomyAsync()));
        revised.EnsureSuccessStatusCode();

        var taxonomy = await Api.SendAsync(new FindCategoryTaxonomy(scenario.Sen));

        Assert.That(taxonomy, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(taxonomy!.CategoryId, Is.EqualTo(scenario.Sen));
            Assert.That(taxonomy.DpsId, Is.EqualTo(scenario.DpsId));
            Assert.That(taxonomy.Needs, Is.EqualTo(new[]
            {
                new TaxonomyMark("ASD", "Autism spectrum disorder", 12.5m),
                new TaxonomyMark("SLT", "Speech and language therapy", 5m),
                new TaxonomyMark("SEMH", "Social, emotional and mental health", 5m),
            }));
            Assert.That(taxonomy.Features.Select(f => (f.Code, f.DefaultMark)), Is.EqualTo(new[] { ("HALAL", 2m), ("CY", 1m), ("EQUINE", 0m) }));
        });
    }

    [Test]
    public async Task A_category_without_a_taxonomy_has_none() =>
        Assert.That(await Api.SendAsync(new FindCategoryTaxonomy(Guid.NewGuid())), Is.Null);

    [Test]
    public async Task Members_are_every_active_and_suspended_listing_by_distance_with_the_limit_decided_as_the_search_decides_it()
    {
        var categoryId = Guid.NewGuid();
        var edge = await ListAsync(categoryId, "Edge House", North(10));
        var justBeyond = await ListAsync(categoryId, "Just Beyond", North(10.00001));
        var beyond = await ListAsync(categoryId, "Beyond House", North(10.01));
        var near = await ListAsync(categoryId, "Near Lodge", North(1));
        var suspended = await ListAsync(categoryId, "Suspended Lodge", North(1));
        await SuspendAsync(Api, suspended);
        var removed = await ListAsync(categoryId, "Removed Hall", North(2));
        await PublishAsync(Api, new MembershipRemovedIntegrationEvent(
            Guid.NewGuid(), removed.OccurredAt.AddMinutes(1), removed.MembershipId, removed.EstablishmentId, categoryId, "Closing"));
        var elsewhere = await ListAsync(Guid.NewGuid(), "Other Category School", North(1));

        var members = await Api.SendAsync(new FindCategoryMembers(categoryId, Lat, Lon, 10m));

        Assert.Multiple(() =>
        {
            Assert.That(
                members.Select(m => (m.Name, m.Active, m.DistanceMiles, m.WithinLimit)),
                Is.EqualTo(new[]
                {
                    ("Near Lodge", true, 1.00m, true),
                    ("Suspended Lodge", false, 1.00m, true),
                    ("Edge House", true, 10.00m, true),
                    ("Just Beyond", true, 10.00m, false),
                    ("Beyond House", true, 10.01m, false),
                }));
            Assert.That(
                members.Select(m => m.EstablishmentId),
                Is.EqualTo(new[] { near, suspended, edge, justBeyond, beyond }.Select(a => a.EstablishmentId)));
            Assert.That(members.Select(m => m.SupplierId), Is.EqualTo(new[] { near, suspended, edge, justBeyond, beyond }.Select(a => a.SupplierId)));
            Assert.That(members.Select(m => m.EstablishmentId), Does.Not.Contain(removed.EstablishmentId).And.Not.Contain(elsewhere.EstablishmentId));
        });
    }

    [Test]
    public async Task Members_at_the_same_distance_are_ordered_by_name_then_establishment_id()
    {
        var categoryId = Guid.NewGuid();
        var twins = new[]
        {
            await ListAsync(categoryId, "Twin House", North(3)),
            await ListAsync(categoryId, "Twin House", North(3)),
            await ListAsync(categoryId, "Twin House", North(3)),
        };
        var alder = await ListAsync(categoryId, "Alder House", North(3), establishmentId: Guid.Parse("ffffffff-ffff-4fff-bfff-ffffffffffff"));

        var members = await Api.SendAsync(new FindCategoryMembers(categoryId, Lat, Lon, 1m));

        Assert.That(
            members.Select(m => m.EstablishmentId),
            Is.EqualTo(new[] { alder.EstablishmentId }.Concat(twins.Select(t => t.EstablishmentId).OrderBy(id => id.ToString(), StringComparer.Ordinal))));
        Assert.That(members.Select(m => m.WithinLimit), Is.All.False);
    }

    [Test]
    public async Task A_members_needs_and_features_are_its_profiles_and_only_within_the_limit()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", North(5), Lon);
        (await CatalogueScenario.SetProfileAsync(listed, scenario.Sen, ["SLT", "ASD"], ["HALAL", "CY"])).EnsureSuccessStatusCode();

        var member = (await Api.SendAsync(new FindCategoryMembers(scenario.Sen, Lat, Lon, 5m))).Single();
        var beyond = (await Api.SendAsync(new FindCategoryMembers(scenario.Sen, Lat, Lon, 4.99m))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(member.EstablishmentId, Is.EqualTo(listed.EstablishmentId));
            Assert.That(member.SupplierId, Is.EqualTo(listed.SupplierId));
            Assert.That(member.Needs, Is.EqualTo(new[] { "ASD", "SLT" }));
            Assert.That(member.Features, Is.EqualTo(new[] { "HALAL", "CY" }));
            Assert.That(member.WithinLimit, Is.True);
            Assert.That((beyond.WithinLimit, beyond.Needs.Count, beyond.Features.Count), Is.EqualTo((false, 0, 0)));
        });
    }

    [Test]
    public async Task A_category_without_members_has_none() =>
        Assert.That(await Api.SendAsync(new FindCategoryMembers(Guid.NewGuid(), Lat, Lon, 10m)), Is.Empty);

    private async Task<EstablishmentAdmittedIntegrationEvent> ListAsync(Guid categoryId, string name, double latitude, Guid? establishmentId = null)
    {
        var admission = Admission(categoryId: categoryId) with
        {
            EstablishmentId = establishmentId ?? Guid.NewGuid(),
            Establishment = new EstablishmentSnapshot(name, "CB1 1AA", latitude, Lon, 10, SupplierIsSme: true),
        };
        await PublishAsync(Api, admission);
        return admission;
    }

    /// <summary>The latitude the given number of miles due north of the centre.</summary>
    private static double North(double miles) => Lat + (miles / CatalogueScenario.MilesPerDegree);
}
