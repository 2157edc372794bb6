using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Taxonomies;

/// <summary>
/// The needs and features of one category, maintained by the DPS manager. Each change is a new
/// revision, so a referral keeps the marks it was published with.
/// </summary>
public sealed class Taxonomy : AggregateRoot
{
    private Taxonomy()
    {
    }

    public TaxonomyId Id { get; private set; }

    /// <summary>The Qualification category this taxonomy describes (learnt from its integration event).</summary>
    public Guid CategoryId { get; private set; }

    public Guid DpsId { get; private set; }

    public string CategoryName { get; private set; } = null!;

    public int Revision { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Needs { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Features { get; private set; } = [];

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Opens the empty first revision of a newly added category's taxonomy.</summary>
    public static Taxonomy Open(Guid dpsId, Guid categoryId, string categoryName, DateTimeOffset now) => new()
    {
        Id = TaxonomyId.New(),
        DpsId = dpsId,
        CategoryId = categoryId,
        CategoryName = categoryName,
        Revision = 1,
        OpenedAt = now,
    };
}
