namespace Dps.Catalogue.Domain.Listings;

/// <summary>The membership state the Catalogue learnt from Qualification's events.</summary>
public enum ListingStatus
{
    Active,
    Suspended,
    Removed,
}
