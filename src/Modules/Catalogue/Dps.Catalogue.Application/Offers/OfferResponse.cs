using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Catalogue.Domain.Offers;

namespace Dps.Catalogue.Application.Offers;

/// <summary>An offer's current version; <see cref="VersionNumber"/> counts its versions, <see cref="Version"/> is its ETag.</summary>
public sealed record OfferResponse(
    Guid Id,
    Guid SupplierId,
    Guid DpsId,
    Guid CategoryId,
    string ProgrammeName,
    string Description,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<Contracts.DeliveryLocation> DeliveryLocations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    Money PricePerParticipant,
    int Capacity,
    int VersionNumber,
    OfferStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset RevisedAt,
    DateTimeOffset? WithdrawnAt,
    uint Version) : IVersioned
{
    public static OfferResponse From(Offer offer) => new(
        offer.Id.Value,
        offer.SupplierId,
        offer.DpsId,
        offer.CategoryId,
        offer.ProgrammeName,
        offer.Content.Description,
        offer.Content.ClientGroups,
        [.. offer.Content.DeliveryLocations.Select(Contracts.DeliveryLocation.From)],
        offer.Content.ExpectedOutcomes,
        offer.Content.ExpectedJobOutcomePercentage,
        Money.From(offer.Content.PricePerParticipant),
        offer.Content.Capacity,
        offer.VersionNumber,
        offer.Status,
        offer.SubmittedAt,
        offer.RevisedAt,
        offer.WithdrawnAt,
        offer.Version);
}

/// <summary>One version of an offer, as it stood from <see cref="RecordedAt"/>.</summary>
public sealed record OfferVersionResponse(
    Guid OfferId,
    int Number,
    string ProgrammeName,
    string Description,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<Contracts.DeliveryLocation> DeliveryLocations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    Money PricePerParticipant,
    int Capacity,
    bool IsCurrent,
    DateTimeOffset RecordedAt)
{
    public static OfferVersionResponse From(Offer offer, OfferVersion version) => new(
        offer.Id.Value,
        version.Number,
        version.ProgrammeName,
        version.Content.Description,
        version.Content.ClientGroups,
        [.. version.Content.DeliveryLocations.Select(Contracts.DeliveryLocation.From)],
        version.Content.ExpectedOutcomes,
        version.Content.ExpectedJobOutcomePercentage,
        Money.From(version.Content.PricePerParticipant),
        version.Content.Capacity,
        version.Number == offer.VersionNumber,
        version.RecordedAt);
}
