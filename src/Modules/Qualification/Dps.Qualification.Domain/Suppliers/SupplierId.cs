using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Suppliers;

/// <summary>A supplier organisation's id: the <c>supplier_id</c> its staff's tokens carry.</summary>
public readonly record struct SupplierId(Guid Value) : ITypedId<SupplierId>
{
    public static SupplierId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
