using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers.Rules;

namespace Dps.Qualification.Domain.Suppliers;

/// <summary>A provider organisation; it qualifies through its establishments, not as a whole.</summary>
public sealed class Supplier : AggregateRoot
{
    private Supplier()
    {
    }

    public SupplierId Id { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>The Companies House number: 8 letters or digits, upper-case (e.g. 01234567, SC123456).</summary>
    public string CompanyNumber { get; private set; } = null!;

    /// <summary>A small or medium-sized enterprise; benchmarking reports the share of awards to SMEs.</summary>
    public bool IsSme { get; private set; }

    public Contact Contact { get; private set; } = null!;

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Supplier Register(
        SupplierId id, string name, string companyNumber, bool isSme, Contact contact, bool alreadyRegistered, DateTimeOffset now)
    {
        CheckRule(new SupplierMustRegisterOnlyOnceRule(id, alreadyRegistered));
        var supplier = new Supplier { Id = id, RegisteredAt = now };
        supplier.Update(name, companyNumber, isSme, contact);
        return supplier;
    }

    public void Update(string name, string companyNumber, bool isSme, Contact contact)
    {
        Name = name.Trim();
        CompanyNumber = companyNumber.Trim().ToUpperInvariant();
        IsSme = isSme;
        Contact = contact;
    }

    public Establishment AddEstablishment(
        string name,
        string address,
        string postcode,
        double latitude,
        double longitude,
        string? ofstedUrn,
        OfstedRating? ofstedRating,
        int capacity) =>
        Establishment.Create(Id, name, address, postcode, latitude, longitude, ofstedUrn, ofstedRating, capacity);
}
