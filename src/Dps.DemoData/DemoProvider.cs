using Dps.Catalogue.Domain.Offers;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.DemoData;

/// <summary>How far a demo establishment's application has gone.</summary>
internal enum DemoStage
{
    /// <summary>Submitted, waiting for the manager's evaluation.</summary>
    Submitted,

    /// <summary>Admitted to every category it applied for, with the given method-statement score.</summary>
    Admitted,

    /// <summary>Admitted, then suspended for its Ofsted rating.</summary>
    Suspended,
}

/// <summary>What an establishment offers in one category: codes of the category's demo taxonomy.</summary>
internal sealed record DemoProfile(string Category, string[] Needs, string[] Features, int Vacancies);

internal sealed record DemoEstablishment(
    string Name,
    string Address,
    string Postcode,
    double Latitude,
    double Longitude,
    int Capacity,
    string? OfstedUrn,
    OfstedRating? Rating,
    DemoStage Stage,
    int MethodStatementScore,
    IReadOnlyList<DemoProfile> Profiles);

/// <summary>A programme a DWP supplier offers in one category.</summary>
internal sealed record DemoOffer(
    string Category,
    string Programme,
    string Description,
    string[] ClientGroups,
    DeliveryLocation[] Locations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    decimal PricePerParticipant,
    int Capacity);

/// <summary>A demo supplier of one scheme: its organisation, its establishments and, in DWP's scheme, its offers.</summary>
internal sealed record DemoProvider(
    Guid SupplierId,
    string DpsReference,
    string Name,
    string CompanyNumber,
    bool IsSme,
    Contact Contact,
    IReadOnlyList<DemoEstablishment> Establishments,
    IReadOnlyList<DemoOffer> Offers);
