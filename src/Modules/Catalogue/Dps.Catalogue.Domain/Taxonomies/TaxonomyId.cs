using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Taxonomies;

public readonly record struct TaxonomyId(Guid Value) : ITypedId<TaxonomyId>
{
    public static TaxonomyId From(Guid value) => new(value);

    public static TaxonomyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
