using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>
/// Offer tests' fixture: a DPS with Engagement, Getting jobs and Keeping jobs, another DPS with Engagement, and
/// suppliers admitted to categories by Qualification's events.
/// </summary>
public abstract class OfferApiTest : ApiTest
{
    protected Guid DpsId { get; private set; }

    protected Guid Engagement { get; private set; }

    protected Guid GettingJobs { get; private set; }

    protected Guid KeepingJobs { get; private set; }

    protected Guid OtherDpsId { get; private set; }

    protected Guid OtherDpsEngagement { get; private set; }

    [OneTimeSetUp]
    public async Task CreateDpsWithCategories()
    {
        var manager = await AsManagerAsync();
        DpsId = (await manager.CreateDpsAsync()).Id();
        Engagement = (await manager.AddCategoryAsync(DpsId, "Engagement")).Id();
        GettingJobs = (await manager.AddCategoryAsync(DpsId, "Getting jobs")).Id();
        KeepingJobs = (await manager.AddCategoryAsync(DpsId, "Keeping jobs")).Id();
        OtherDpsId = (await manager.CreateDpsAsync()).Id();
        OtherDpsEngagement = (await manager.AddCategoryAsync(OtherDpsId, "Engagement")).Id();

        // The Catalogue knows a DPS's categories by their taxonomies, opened when Qualification's event arrives through the outbox.
        foreach (var (dpsId, categoryId) in new[] { (DpsId, Engagement), (DpsId, GettingJobs), (DpsId, KeepingJobs), (OtherDpsId, OtherDpsEngagement) })
        {
            await Eventually.Until(
                () => manager.GetAsync($"/api/v1/dps/{dpsId}/categories/{categoryId}/taxonomy"),
                r => r.StatusCode == HttpStatusCode.OK,
                $"the taxonomy of category {categoryId}");
        }

        // Buyers see a DPS once the Catalogue has learnt, from Qualification's event, that their authority takes part.
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        await buyer.UntilItSeesAsync(DpsId);
        await buyer.UntilItSeesAsync(OtherDpsId);
    }

    protected Task<HttpClient> AdmittedSupplierAsync(params Guid[] categories) => AdmitSupplierAsync(Guid.NewGuid(), categories);

    protected async Task<HttpClient> AdmitSupplierAsync(Guid supplierId, params Guid[] categories)
    {
        foreach (var categoryId in categories)
        {
            await CatalogueEvents.AdmitAsync(Api, supplierId, DpsId, categoryId);
        }

        return await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
    }

    /// <summary>The offers the supplier sees: only its own.</summary>
    protected static async Task<List<Guid>> OfferIdsOfAsync(HttpClient supplier)
    {
        var listed = await (await supplier.GetAsync("/api/v1/offers")).JsonAsync();
        return [.. listed["items"]!.AsArray().Select(o => o!.AsObject().Id())];
    }
}
