using System.ComponentModel;
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
    [property: Description("The programme's name; the supplier has one offer per category and programme.")] string ProgrammeName,
    [property: Description("What the programme does and how.")] string Description,
    [property: Description("The client groups it serves, e.g. Long-term unemployed.")] IReadOnlyList<string> ClientGroups,
    [property: Description("Where it is delivered.")] IReadOnlyList<Contracts.DeliveryLocation> DeliveryLocations,
    [property: Description("The outcomes and performance the supplier expects, in its own words.")] string ExpectedOutcomes,
    [property: Description("The percentage (0–100) of participants expected to reach a job outcome; null when not stated.")] decimal? ExpectedJobOutcomePercentage,
    [property: Description("The price per participant, in GBP.")] Money PricePerParticipant,
    [property: Description("How many participants the programme can take.")] int Capacity,
    [property: Description("How many versions the offer has: 1 as first submitted, one more for each revision.")] int VersionNumber,
    [property: Description("`Active` (on offer; the supplier may revise it) or `Withdrawn` (taken off by the supplier; it no longer changes, its versions stay readable).")] OfferStatus Status,
    [property: Description("When the offer was first submitted (UTC).")] DateTimeOffset SubmittedAt,
    [property: Description("When the current version was recorded (UTC): the submission itself for version 1.")] DateTimeOffset RevisedAt,
    [property: Description("When the supplier withdrew the offer (UTC); null while it is active.")] DateTimeOffset? WithdrawnAt,
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
    [property: Description("The version's number: 1 as first submitted, one more for each revision.")] int Number,
    [property: Description("The programme's name in this version.")] string ProgrammeName,
    [property: Description("What the programme does and how, in this version.")] string Description,
    [property: Description("The client groups it serves, in this version.")] IReadOnlyList<string> ClientGroups,
    [property: Description("Where it is delivered, in this version.")] IReadOnlyList<Contracts.DeliveryLocation> DeliveryLocations,
    [property: Description("The outcomes and performance the supplier expected, in this version.")] string ExpectedOutcomes,
    [property: Description("The percentage (0–100) of participants expected to reach a job outcome, in this version; null when not stated.")] decimal? ExpectedJobOutcomePercentage,
    [property: Description("The price per participant in this version, in GBP.")] Money PricePerParticipant,
    [property: Description("How many participants the programme could take, in this version.")] int Capacity,
    [property: Description("Whether this is the offer's current version.")] bool IsCurrent,
    [property: Description("When this version was recorded (UTC); it stood until the next one.")] DateTimeOffset RecordedAt)
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
