using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.OfferRequests;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>Offers come only from active members of a category of the offer's DPS; buyers list only what they can buy now.</summary>
public sealed class OfferMembershipApiTests : OfferApiTest
{
    [Test]
    public async Task A_supplier_not_admitted_to_the_category_cannot_offer_in_it()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OffersComeOnlyFromActiveMembers"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task Membership_of_another_category_of_the_dps_does_not_allow_offering_in_this_one()
    {
        var supplier = await AdmittedSupplierAsync(GettingJobs);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OffersComeOnlyFromActiveMembers"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task A_suspended_member_neither_offers_nor_revises_until_reinstated()
    {
        var supplierId = Guid.NewGuid();
        var admission = await CatalogueEvents.AdmitAsync(Api, supplierId, DpsId, Engagement);
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var offer = await supplier.SubmitOfferAsync(NewOffer(DpsId, Engagement, "Routes to Work"));
        var path = $"/api/v1/offers/{offer.Id()}";
        var revision = Revision(NewOffer(DpsId, Engagement, "Routes to Work", price: 500m));
        var suspension = await CatalogueEvents.SuspendAsync(Api, admission);

        var submit = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement, "Steps to Work"));
        var revise = await supplier.SendAsync(Put(path, revision, offer.ETag()));
        var submitRule = (await submit.JsonAsync()).Text("rule");
        var reviseRule = (await revise.JsonAsync()).Text("rule");
        var offersWhileSuspended = await OfferIdsOfAsync(supplier);
        await CatalogueEvents.ReinstateAsync(Api, suspension);
        var reinstated = await supplier.SendAsync(Put(path, revision, offer.ETag()));
        var revised = await reinstated.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(submitRule, Is.EqualTo("OffersComeOnlyFromActiveMembers"));
            Assert.That(revise.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(reviseRule, Is.EqualTo("OffersComeOnlyFromActiveMembers"));
            Assert.That(offersWhileSuspended, Is.EqualTo(new[] { offer.Id() }));
            Assert.That(reinstated.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the refused revision left version 1, so its ETag still matches");
            Assert.That(revised["versionNumber"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(revised["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(500m));
        });
    }

    [Test]
    public async Task A_category_of_another_dps_is_refused_with_a_422_even_from_its_member()
    {
        var supplierId = Guid.NewGuid();
        await CatalogueEvents.AdmitAsync(Api, supplierId, OtherDpsId, OtherDpsEngagement);
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, OtherDpsEngagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OfferCategoryMustBelongToTheDps"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task A_buyer_lists_only_offers_it_can_buy_now_while_the_manager_lists_them_all()
    {
        var available = await (await AdmittedSupplierAsync(KeepingJobs)).SubmitOfferAsync(NewOffer(DpsId, KeepingJobs, "In-work coaching"));
        var withdrawnBy = await AdmittedSupplierAsync(KeepingJobs);
        var withdrawn = await withdrawnBy.SubmitOfferAsync(NewOffer(DpsId, KeepingJobs, "Withdrawn coaching", description: "Another approach."));
        (await withdrawnBy.PostAsync($"/api/v1/offers/{withdrawn.Id()}/withdraw", null)).EnsureSuccessStatusCode();
        var suspendedId = Guid.NewGuid();
        var admission = await CatalogueEvents.AdmitAsync(Api, suspendedId, DpsId, KeepingJobs);
        var suspendedOffer = await (await AsAsync(DpsRoles.Supplier, supplierId: suspendedId))
            .SubmitOfferAsync(NewOffer(DpsId, KeepingJobs, "Suspended coaching", description: "A third approach."));
        await CatalogueEvents.SuspendAsync(Api, admission);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var list = $"/api/v1/offers?dpsId={DpsId}&categoryId={KeepingJobs}";

        var buyersList = await (await buyer.GetAsync(list)).JsonAsync();
        var managersList = await (await (await AsManagerAsync()).GetAsync(list)).JsonAsync();
        var suspendedRead = await buyer.GetAsync($"/api/v1/offers/{suspendedOffer.Id()}");

        Assert.Multiple(() =>
        {
            Assert.That(buyersList["items"]!.AsArray().Select(o => o!.AsObject().Id()), Is.EqualTo(new[] { available.Id() }));
            Assert.That(buyersList["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(
                managersList["items"]!.AsArray().Select(o => o!.AsObject().Id()),
                Is.EquivalentTo(new[] { available.Id(), withdrawn.Id(), suspendedOffer.Id() }));
            Assert.That(suspendedRead.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an offer stays readable by its id");
        });
    }
}
