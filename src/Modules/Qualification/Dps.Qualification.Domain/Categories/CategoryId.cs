using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Categories;

public readonly record struct CategoryId(Guid Value) : ITypedId<CategoryId>
{
    public static CategoryId From(Guid value) => new(value);

    public static CategoryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
