using System.Net;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>The buyer-facing reads of the Catalogue, and a wait for it to learn who takes part in a DPS.</summary>
public static class BuyerRequests
{
    public static string TaxonomyPath(Guid dpsId, Guid categoryId) => $"/api/v1/dps/{dpsId}/categories/{categoryId}/taxonomy";

    /// <summary>A search within a mile of where <see cref="CatalogueEvents.Admission"/> puts its establishments.</summary>
    public static string SearchNearOakfield(Guid categoryId) => $"/api/v1/catalogue/establishments?categoryId={categoryId}&lat=51.06&lon=-0.33&radiusMiles=1";

    /// <summary>Waits until the Catalogue, told by Qualification's event, shows the buyer the DPS.</summary>
    public static Task UntilItSeesAsync(this HttpClient buyer, Guid dpsId) =>
        Eventually.Until(
            () => buyer.GetAsync($"/api/v1/offers?dpsId={dpsId}"), r => r.StatusCode == HttpStatusCode.OK, $"the Catalogue to show DPS {dpsId} to the buyer");
}
