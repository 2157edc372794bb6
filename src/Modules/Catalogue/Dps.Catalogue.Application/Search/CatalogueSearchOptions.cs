namespace Dps.Catalogue.Application.Search;

/// <summary>The limits of the establishment search, from configuration section "Catalogue:Search".</summary>
public sealed class CatalogueSearchOptions
{
    public const string Section = "Catalogue:Search";

    /// <summary>The widest radius a buyer may search, in miles.</summary>
    public double MaxRadiusMiles { get; set; } = 500;
}
