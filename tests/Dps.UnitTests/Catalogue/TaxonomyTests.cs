using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.UnitTests.Catalogue;

public sealed class TaxonomyTests
{
    private static readonly Guid DpsId = Guid.Parse("5e7d0000-0000-4000-8000-000000000001");
    private static readonly Guid CategoryId = Guid.Parse("5e7d0000-0000-4000-8000-000000000002");
    private static readonly DateTimeOffset Now = new(2017, 2, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void Opened_taxonomy_is_revision_1_of_the_category()
    {
        var taxonomy = Taxonomy.Open(DpsId, CategoryId, "SEN", Now);

        Assert.Multiple(() =>
        {
            Assert.That(taxonomy.Revision, Is.EqualTo(1));
            Assert.That(taxonomy.DpsId, Is.EqualTo(DpsId));
            Assert.That(taxonomy.CategoryId, Is.EqualTo(CategoryId));
            Assert.That(taxonomy.CategoryName, Is.EqualTo("SEN"));
            Assert.That(taxonomy.OpenedAt, Is.EqualTo(Now));
            Assert.That(taxonomy.Id.Value, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public void Opened_taxonomy_has_no_needs_and_no_features()
    {
        var taxonomy = Taxonomy.Open(DpsId, CategoryId, "SEN", Now);

        Assert.That(taxonomy.Needs, Is.Empty);
        Assert.That(taxonomy.Features, Is.Empty);
    }
}
