using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.UnitTests.Qualification;

/// <summary>Valid arguments for <see cref="Supplier.Register"/> and <see cref="Supplier.AddEstablishment"/>; each test changes only what it is about.</summary>
internal static class Suppliers
{
    public static readonly SupplierId Id = SupplierId.From(Guid.Parse("5a000000-0000-4000-8000-000000000001"));
    public static readonly DateTimeOffset Now = new(2017, 4, 3, 10, 0, 0, TimeSpan.Zero);
    public static readonly Contact Contact = new("Sam Patel", "sam.patel@oakfield.example", "+44 1403 123456");

    public static Supplier Register(bool alreadyRegistered = false, string companyNumber = "01234567") =>
        Supplier.Register(Id, "Oakfield Care Ltd", companyNumber, isSme: true, Contact, alreadyRegistered, Now);

    public static Establishment AddEstablishment(
        Supplier? supplier = null, string postcode = "RH12 1AB", string? ofstedUrn = "123456", OfstedRating? ofstedRating = OfstedRating.Good) =>
        (supplier ?? Register()).AddEstablishment(
            "Oakfield School", "1 Church Lane\nHorsham", postcode, 51.0629, -0.3259, ofstedUrn, ofstedRating, capacity: 40);
}
