namespace Dps.Catalogue.Domain.Offers;

/// <summary>One version of an offer, as it stood from <paramref name="RecordedAt"/> until the next one.</summary>
public sealed record OfferVersion(int Number, string ProgrammeName, OfferContent Content, DateTimeOffset RecordedAt);
