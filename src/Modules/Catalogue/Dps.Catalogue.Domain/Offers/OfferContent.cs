using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers;

/// <summary>
/// What a programme offers: what and how, for whom, where, with which expected outcomes and performance,
/// at what price per participant and for how many participants.
/// </summary>
public sealed record OfferContent(
    string Description,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<DeliveryLocation> DeliveryLocations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    Money PricePerParticipant,
    int Capacity)
{
    /// <summary>The same content with its texts trimmed and whitespace collapsed, and the currency upper-case.</summary>
    public OfferContent Tidied() => this with
    {
        Description = OfferText.Tidy(Description),
        ClientGroups = ClientGroups.Select(OfferText.Tidy).ToList(),
        DeliveryLocations = DeliveryLocations
            .Select(l => l with { Name = OfferText.Tidy(l.Name), Postcode = OfferText.Tidy(l.Postcode).ToUpperInvariant() })
            .ToList(),
        ExpectedOutcomes = OfferText.Tidy(ExpectedOutcomes),
        PricePerParticipant = PricePerParticipant with { Currency = PricePerParticipant.Currency.Trim().ToUpperInvariant() },
    };

    /// <summary>
    /// The content that makes an offer specific to its category — description, client groups, outcomes, locations and
    /// price — normalised (case-insensitive, whitespace-collapsed, lists in any order), so a copy is recognised.
    /// </summary>
    public string Fingerprint() => OfferText.Fingerprint(
    [
        OfferText.Normalise(Description),
        string.Join('\u001f', ClientGroups.Select(OfferText.Normalise).Order(StringComparer.Ordinal)),
        OfferText.Normalise(ExpectedOutcomes),
        ExpectedJobOutcomePercentage is { } percentage ? OfferText.Normalise(percentage) : "-",
        string.Join('\u001f', DeliveryLocations
            .Select(l => $"{OfferText.Normalise(l.Name)}@{OfferText.Normalise(l.Postcode).Replace(" ", string.Empty, StringComparison.Ordinal)}")
            .Order(StringComparer.Ordinal)),
        $"{OfferText.Normalise(PricePerParticipant.Amount)} {OfferText.Normalise(PricePerParticipant.Currency)}",
    ]);
}
