using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.OfferRequests;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>Offers follow admission through Qualification's own flow and the outbox, not events a test publishes.</summary>
public sealed class OfferAdmissionJourneyTests : ApiTest
{
    [Test]
    public async Task A_supplier_admitted_through_qualification_offers_in_the_category_and_a_stranger_cannot()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33);
        var stranger = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var offered = await listed.Supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(scenario.DpsId, scenario.Sen));
        var refused = await stranger.PostAsJsonAsync("/api/v1/offers", NewOffer(scenario.DpsId, scenario.Sen));

        var offer = await offered.JsonAsync();
        var refusal = await refused.JsonAsync();
        var strangersOffers = await (await stranger.GetAsync("/api/v1/offers")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(offered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(offer["supplierId"]!.GetValue<Guid>(), Is.EqualTo(listed.SupplierId));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refusal.Text("rule"), Is.EqualTo("OffersComeOnlyFromActiveMembers"));
            Assert.That(strangersOffers["total"]!.GetValue<int>(), Is.Zero);
        });
    }
}
