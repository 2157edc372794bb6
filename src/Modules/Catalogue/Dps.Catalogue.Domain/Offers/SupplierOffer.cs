namespace Dps.Catalogue.Domain.Offers;

/// <summary>One of the supplier's current (not withdrawn) offers, as the offer rules compare a new one with it.</summary>
public sealed record SupplierOffer(OfferId Id, Guid CategoryId, string ProgrammeName, string Fingerprint)
{
    public static SupplierOffer Of(Offer offer) => new(offer.Id, offer.CategoryId, offer.ProgrammeName, offer.Fingerprint);
}
