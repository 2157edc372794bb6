using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Catalogue.IntegrationEvents.Requests;

/// <summary>
/// Asked by Evaluation when a business case is handed to offer matching: the category's current (not withdrawn) offers
/// of suppliers with at least one active member establishment in it, at that moment.
/// </summary>
public sealed record FindCategoryOffers(Guid CategoryId) : IQuery<IReadOnlyList<CategoryOffer>>;

/// <summary>
/// An offer as it stands now (its version number says which), with its supplier's active member establishments in the
/// category and their core competency scores, best first.
/// </summary>
public sealed record CategoryOffer(
    Guid OfferId,
    int VersionNumber,
    Guid SupplierId,
    string ProgrammeName,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<OfferDeliveryLocation> DeliveryLocations,
    Money PricePerParticipant,
    decimal? ExpectedJobOutcomePercentage,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<OfferEstablishment> ActiveEstablishments);

/// <summary>Where the programme is delivered; coordinates when known.</summary>
public sealed record OfferDeliveryLocation(string Name, string Postcode, double? Latitude, double? Longitude);

public sealed record OfferEstablishment(Guid EstablishmentId, string Name, decimal CoreCompetencyScore);
