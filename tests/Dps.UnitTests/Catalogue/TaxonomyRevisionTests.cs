using Dps.Catalogue.Domain.Taxonomies;
using Dps.Catalogue.Domain.Taxonomies.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Catalogue;

public sealed class TaxonomyRevisionTests
{
    private static readonly DateTimeOffset Opened = new(2017, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Opened.AddDays(30);
    private static readonly TaxonomyTerm Autism = new("ASD", "Autism spectrum disorder", 10m);
    private static readonly TaxonomyTerm Speech = new("SLT", "Speech and language therapy", 5m);
    private static readonly TaxonomyTerm Halal = new("HALAL", "Halal diet", 2m);
    private static readonly TaxonomyTerm Welsh = new("CY", "Welsh speaking", 0m);

    [Test]
    public void Replacing_the_terms_starts_the_next_revision()
    {
        var taxonomy = NewTaxonomy();

        taxonomy.Replace([Autism, Speech], [Halal], Later);

        Assert.Multiple(() =>
        {
            Assert.That(taxonomy.Revision, Is.EqualTo(2));
            Assert.That(taxonomy.Needs, Is.EqualTo(new[] { Autism, Speech }));
            Assert.That(taxonomy.Features, Is.EqualTo(new[] { Halal }));
        });
    }

    [Test]
    public void Earlier_revisions_stay_readable_with_their_marks()
    {
        var taxonomy = NewTaxonomy();
        taxonomy.Replace([Autism], [Halal], Later);

        taxonomy.Replace([Autism with { DefaultMark = 20m }], [Welsh], Later.AddDays(1));

        var second = taxonomy.AtRevision(2)!;
        var first = taxonomy.AtRevision(1)!;
        Assert.Multiple(() =>
        {
            Assert.That(taxonomy.Revision, Is.EqualTo(3));
            Assert.That(taxonomy.AtRevision(3)!.Needs.Single().DefaultMark, Is.EqualTo(20m));
            Assert.That(taxonomy.AtRevision(3)!.ReplacedAt, Is.Null);
            Assert.That(second.Needs.Single().DefaultMark, Is.EqualTo(10m));
            Assert.That(second.Features, Is.EqualTo(new[] { Halal }));
            Assert.That(second.ReplacedAt, Is.EqualTo(Later.AddDays(1)));
            Assert.That(first.Needs, Is.Empty);
            Assert.That(first.ReplacedAt, Is.EqualTo(Later));
            Assert.That(taxonomy.AtRevision(4), Is.Null);
            Assert.That(taxonomy.AtRevision(0), Is.Null);
        });
    }

    [Test]
    public void Need_codes_must_be_unique_ignoring_case()
    {
        var taxonomy = NewTaxonomy();

        var broken = AssertBrokenRule<TaxonomyCodesMustBeUniqueRule>(() => taxonomy.Replace([Autism, Speech with { Code = "asd" }], [], Later));

        Assert.That(broken.Message, Does.Contain("needs").And.Contain("ASD"));
        Assert.That(taxonomy.Revision, Is.EqualTo(1), "a refused change starts no revision");
    }

    [Test]
    public void Feature_codes_must_be_unique_ignoring_case()
    {
        var taxonomy = NewTaxonomy();

        var broken = AssertBrokenRule<TaxonomyCodesMustBeUniqueRule>(() => taxonomy.Replace([], [Halal, Welsh with { Code = "Halal" }], Later));

        Assert.That(broken.Message, Does.Contain("features"));
    }

    [Test]
    public void A_need_and_a_feature_may_share_a_code()
    {
        var taxonomy = NewTaxonomy();

        taxonomy.Replace([Autism], [Halal with { Code = "ASD" }], Later);

        Assert.That(taxonomy.Revision, Is.EqualTo(2));
    }

    [TestCase(-0.01)]
    [TestCase(-10)]
    public void Marks_must_not_be_negative(decimal mark)
    {
        var taxonomy = NewTaxonomy();

        var broken = AssertBrokenRule<TaxonomyMarksMustBeNonNegativeRule>(() => taxonomy.Replace([Autism], [Welsh with { DefaultMark = mark }], Later));

        Assert.That(broken.Message, Does.Contain("CY"));
    }

    [Test]
    public void A_mark_of_zero_is_allowed()
    {
        var taxonomy = NewTaxonomy();

        taxonomy.Replace([Autism with { DefaultMark = 0m }], [Welsh], Later);

        Assert.That(taxonomy.Needs.Single().DefaultMark, Is.Zero);
    }

    private static Taxonomy NewTaxonomy() => Taxonomy.Open(Guid.NewGuid(), Guid.NewGuid(), "SEN", Opened);
}
