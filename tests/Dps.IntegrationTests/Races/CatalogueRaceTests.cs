using System.Net.Http.Json;
using Dps.IntegrationTests.Catalogue;
using static Dps.IntegrationTests.Catalogue.OfferRequests;

namespace Dps.IntegrationTests.Races;

/// <summary>The Catalogue's uniqueness rules hold when their creates race: the database's unique indexes guard them.</summary>
public sealed class CatalogueRaceTests : OfferApiTest
{
    [Test]
    public async Task Racing_offers_give_one_per_category_and_programme()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);

        await Race.ExactlyOneWinsAsync(
            i => supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement, programme: i % 2 == 0 ? "Routes to Work" : "routes  to work")),
            "OneOfferPerCategoryAndProgramme");
    }

    [Test]
    public async Task Racing_funding_models_give_one_per_category()
    {
        var manager = await AsManagerAsync();

        await Race.ExactlyOneWinsAsync(
            _ => manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(DpsId, categoryId: KeepingJobs)),
            "OneFundingModelPerCategoryOrRouteway");
    }
}
