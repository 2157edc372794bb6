using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.Qualification.Application.Suppliers;

public sealed record SupplierResponse(
    Guid Id,
    [property: Description("The organisation's name.")] string Name,
    [property: Description("Its Companies House number: 8 letters or digits, e.g. 01234567 or SC123456.")] string CompanyNumber,
    [property: Description("Whether it is a small or medium-sized enterprise; the benchmarks report the SMEs' share of awards.")] bool IsSme,
    [property: Description("Who at the supplier the DPS manager and buyers should contact.")] Contracts.Contact Contact,
    [property: Description("When it registered (UTC).")] DateTimeOffset RegisteredAt,
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
