namespace Dps.Catalogue.Domain.Offers;

public enum OfferStatus
{
    /// <summary>On offer: buyers see it and the supplier may revise it.</summary>
    Active,

    /// <summary>Taken off the catalogue by the supplier; its versions stay readable but it no longer changes.</summary>
    Withdrawn,
}
