using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Establishments.Rules;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.Qualification.Domain.Establishments;

/// <summary>
/// A school, home or programme site of a supplier: qualification is per establishment. Created through
/// <see cref="Supplier.AddEstablishment"/>.
/// </summary>
public sealed class Establishment : AggregateRoot
{
    private Establishment()
    {
    }

    public EstablishmentId Id { get; private set; }

    public SupplierId SupplierId { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>The address lines, without the postcode.</summary>
    public string Address { get; private set; } = null!;

    /// <summary>A UK postcode, upper-case with one space before the inward code (e.g. RH12 1AB).</summary>
    public string Postcode { get; private set; } = null!;

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>Ofsted's unique reference number of the establishment, if Ofsted inspects it.</summary>
    public string? OfstedUrn { get; private set; }

    public OfstedRating? OfstedRating { get; private set; }

    /// <summary>How many service users (children, participants) it can take.</summary>
    public int Capacity { get; private set; }

    internal static Establishment Create(
        SupplierId supplierId,
        string name,
        string address,
        string postcode,
        double latitude,
        double longitude,
        string? ofstedUrn,
        OfstedRating? ofstedRating,
        int capacity)
    {
        var establishment = new Establishment { Id = EstablishmentId.New(), SupplierId = supplierId };
        establishment.Update(name, address, postcode, latitude, longitude, ofstedUrn, ofstedRating, capacity);
        return establishment;
    }

    public void Update(
        string name,
        string address,
        string postcode,
        double latitude,
        double longitude,
        string? ofstedUrn,
        OfstedRating? ofstedRating,
        int capacity)
    {
        CheckRule(new OfstedRatingNeedsUrnRule(ofstedUrn, ofstedRating));
        Name = name.Trim();
        Address = address.Trim();
        Postcode = Normalise(postcode);
        Latitude = latitude;
        Longitude = longitude;
        OfstedUrn = string.IsNullOrWhiteSpace(ofstedUrn) ? null : ofstedUrn.Trim();
        OfstedRating = ofstedRating;
        Capacity = capacity;
    }

    /// <summary>"rh121ab" and " RH12  1AB" both become "RH12 1AB": the inward code is always the last three characters.</summary>
    private static string Normalise(string postcode)
    {
        var compact = string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }
}
