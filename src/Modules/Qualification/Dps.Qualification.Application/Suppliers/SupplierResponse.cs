using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.Qualification.Application.Suppliers;

public sealed record SupplierResponse(
    Guid Id,
    string Name,
    string CompanyNumber,
    bool IsSme,
    Contracts.Contact Contact,
    DateTimeOffset RegisteredAt,
    uint Version) : IVersioned
{
    public static SupplierResponse From(Supplier supplier) => new(
        supplier.Id.Value,
        supplier.Name,
        supplier.CompanyNumber,
        supplier.IsSme,
        Contracts.Contact.From(supplier.Contact),
        supplier.RegisteredAt,
        supplier.Version);
}
