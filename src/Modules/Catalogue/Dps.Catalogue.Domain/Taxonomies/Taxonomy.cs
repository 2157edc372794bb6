using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Taxonomies.Rules;

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

    /// <summary>The earlier revisions, oldest first; the current one is <see cref="Revision"/>.</summary>
    public IReadOnlyList<TaxonomyRevision> History { get; private set; } = [];

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

    /// <summary>Replaces the needs and features as a whole: the current revision is kept in the history and a new one begins.</summary>
    public void Replace(IReadOnlyList<TaxonomyTerm> needs, IReadOnlyList<TaxonomyTerm> features, DateTimeOffset now)
    {
        CheckRule(new TaxonomyCodesMustBeUniqueRule("needs", needs));
        CheckRule(new TaxonomyCodesMustBeUniqueRule("features", features));
        CheckRule(new TaxonomyMarksMustBeNonNegativeRule([.. needs, .. features]));
        History = [.. History, new TaxonomyRevision(Revision, Needs, Features, now)];
        Needs = [.. needs];
        Features = [.. features];
        Revision++;
    }

    /// <summary>The needs and features as they were at a revision; null if there is no such revision.</summary>
    public TaxonomyRevision? AtRevision(int revision) =>
        revision == Revision
            ? new TaxonomyRevision(Revision, Needs, Features, ReplacedAt: null)
            : History.SingleOrDefault(h => h.Revision == revision);
}
