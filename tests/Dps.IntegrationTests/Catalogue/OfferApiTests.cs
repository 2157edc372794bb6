using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.OfferRequests;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Catalogue;

public sealed class OfferApiTests : OfferApiTest
{
    [Test]
    public async Task Submitting_answers_201_with_version_1_location_and_etag()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AdmitSupplierAsync(supplierId, Engagement);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement, "  Routes   to Work "));

        var offer = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/offers/{offer.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(offer.ETag()));
            Assert.That(offer["supplierId"]!.GetValue<Guid>(), Is.EqualTo(supplierId));
            Assert.That(offer["categoryId"]!.GetValue<Guid>(), Is.EqualTo(Engagement));
            Assert.That(offer.Text("programmeName"), Is.EqualTo("Routes to Work"));
            Assert.That(offer["versionNumber"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(offer.Text("status"), Is.EqualTo("Active"));
            Assert.That(offer["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(450m));
            Assert.That(offer["deliveryLocations"]![0]!["postcode"]!.GetValue<string>(), Is.EqualTo("M1 1AE"));
            Assert.That(offer["clientGroups"]!.AsArray(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Invalid_fields_are_refused_with_an_error_for_each()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement);
        body["programmeName"] = " ";
        body["pricePerParticipant"]!["amount"] = -1m;
        body["capacity"] = 0;
        body["expectedJobOutcomePercentage"] = 101m;
        body["deliveryLocations"]![0]!["postcode"] = "not a postcode";

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(
            (await response.ValidationErrorsAsync()).Keys,
            Is.EquivalentTo(new[]
            {
                "programmeName", "pricePerParticipant.amount", "capacity", "expectedJobOutcomePercentage", "deliveryLocations[0].postcode",
            }));
    }

    [TestCase("USD")]
    [TestCase("gbp")]
    [TestCase("")]
    public async Task A_price_not_in_pounds_sterling_is_refused(string currency)
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement);
        body["pricePerParticipant"]!["currency"] = currency;

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "pricePerParticipant.currency" }));
    }

    [Test]
    public async Task An_update_is_version_2_and_version_1_stays_readable()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement);
        var offer = await supplier.SubmitOfferAsync(body);
        var revision = Revision(body);
        revision["pricePerParticipant"]!["amount"] = 500m;

        var response = await supplier.SendAsync(Put($"/api/v1/offers/{offer.Id()}", revision, offer.ETag()));

        var updated = await response.JsonAsync();
        var versions = await (await supplier.GetAsync($"/api/v1/offers/{offer.Id()}/versions")).JsonAsync();
        var first = await supplier.GetAsync($"/api/v1/offers/{offer.Id()}/versions/1");
        var version1 = await first.JsonAsync();
        var current = await (await supplier.GetAsync($"/api/v1/offers/{offer.Id()}")).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(updated["versionNumber"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo(offer.ETag()));
            Assert.That(current["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(500m));
            Assert.That(versions["total"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(versions["items"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(version1["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(450m));
            Assert.That(version1["isCurrent"]!.GetValue<bool>(), Is.False);
        });
        Assert.That((await supplier.GetAsync($"/api/v1/offers/{offer.Id()}/versions/3")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_update_with_a_stale_version_is_a_412_and_changes_nothing()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement);
        var offer = await supplier.SubmitOfferAsync(body);
        var path = $"/api/v1/offers/{offer.Id()}";
        (await supplier.SendAsync(Put(path, Revision(NewOffer(DpsId, Engagement, price: 460m)), offer.ETag()))).EnsureSuccessStatusCode();

        var response = await supplier.SendAsync(Put(path, Revision(NewOffer(DpsId, Engagement, price: 999m)), offer.ETag()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var current = await (await supplier.GetAsync(path)).JsonAsync();
        Assert.That(current["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(460m));
        Assert.That(current["versionNumber"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_same_content_in_another_category_is_refused_as_a_generic_offer()
    {
        var supplier = await AdmittedSupplierAsync(Engagement, GettingJobs);
        await supplier.SubmitOfferAsync(NewOffer(DpsId, Engagement, "Routes to Work"));
        var copy = NewOffer(DpsId, GettingJobs, "Routes to Jobs", "  WEEKLY one-to-one   coaching and group workshops.");

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", copy);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OfferMustNotBeGeneric"));
    }

    [Test]
    public async Task Another_suppliers_identical_offer_is_not_generic()
    {
        await (await AdmittedSupplierAsync(Engagement)).SubmitOfferAsync(NewOffer(DpsId, Engagement, "Shared name"));
        var other = await AdmittedSupplierAsync(GettingJobs);

        var response = await other.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, GettingJobs, "Shared name"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_second_offer_of_the_same_programme_in_the_category_is_a_409()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        await supplier.SubmitOfferAsync(NewOffer(DpsId, Engagement, "Routes to Work"));

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, Engagement, "routes to  work", "Something different."));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OneOfferPerCategoryAndProgramme"));
    }

    [Test]
    public async Task A_withdrawn_offer_stays_readable_but_no_longer_changes()
    {
        var supplier = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement);
        var offer = await supplier.SubmitOfferAsync(body);

        var withdrawal = await supplier.PostAsync($"/api/v1/offers/{offer.Id()}/withdraw", null);
        var update = await supplier.SendAsync(Put($"/api/v1/offers/{offer.Id()}", Revision(body), null));
        var again = await supplier.PostAsync($"/api/v1/offers/{offer.Id()}/withdraw", null);
        var withdrawn = await withdrawal.JsonAsync();
        var refusal = await update.JsonAsync();
        var version1 = await supplier.GetAsync($"/api/v1/offers/{offer.Id()}/versions/1");

        Assert.Multiple(() =>
        {
            Assert.That(withdrawal.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withdrawn.Text("status"), Is.EqualTo("Withdrawn"));
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refusal.Text("rule"), Is.EqualTo("WithdrawnOfferMustNotChange"));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(version1.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Another_supplier_gets_404_for_an_offer_and_does_not_see_it_listed()
    {
        var supplierA = await AdmittedSupplierAsync(Engagement);
        var body = NewOffer(DpsId, Engagement, "Supplier A's programme");
        var offer = await supplierA.SubmitOfferAsync(body);
        var supplierBId = Guid.NewGuid();
        var supplierB = await AsAsync(DpsRoles.Supplier, supplierId: supplierBId);
        var path = $"/api/v1/offers/{offer.Id()}";

        var responses = new[]
        {
            await supplierB.GetAsync(path),
            await supplierB.GetAsync($"{path}/versions"),
            await supplierB.GetAsync($"{path}/versions/1"),
            await supplierB.SendAsync(Put(path, Revision(body), offer.ETag())),
            await supplierB.PostAsync($"{path}/withdraw", null),
        };

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
        var listed = await (await supplierB.GetAsync($"/api/v1/offers?categoryId={Engagement}")).JsonAsync();
        Assert.That(listed["items"]!.AsArray().Select(o => o!.AsObject().Id()), Does.Not.Contain(offer.Id()));
        Assert.That((await (await supplierA.GetAsync(path)).JsonAsync()).Text("status"), Is.EqualTo("Active"));
    }

    [Test]
    public async Task A_buyer_reads_and_lists_offers_but_cannot_make_one()
    {
        var supplierId = Guid.NewGuid();
        var offer = await (await AdmitSupplierAsync(supplierId, GettingJobs)).SubmitOfferAsync(NewOffer(DpsId, GettingJobs, "Buyer-visible"));
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var read = await buyer.GetAsync($"/api/v1/offers/{offer.Id()}");
        var listed = await (await buyer.GetAsync($"/api/v1/offers?dpsId={DpsId}&categoryId={GettingJobs}&supplierId={supplierId}&page=1&pageSize=10")).JsonAsync();
        var create = await buyer.PostAsJsonAsync("/api/v1/offers", NewOffer(DpsId, GettingJobs, "Buyer's own"));

        Assert.Multiple(() =>
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listed["items"]!.AsArray().Select(o => o!.AsObject().Id()), Is.EqualTo(new[] { offer.Id() }));
            Assert.That(listed["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(listed["pageSize"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task A_supplier_lists_only_its_own_offers()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AdmitSupplierAsync(supplierId, Engagement);
        var own = await supplier.SubmitOfferAsync(NewOffer(DpsId, Engagement, "Own listing"));
        await (await AdmittedSupplierAsync(Engagement)).SubmitOfferAsync(NewOffer(DpsId, Engagement, "Someone else's"));

        var listed = await OfferIdsOfAsync(supplier);

        Assert.That(listed, Is.EqualTo(new[] { own.Id() }));
    }

    [Test]
    public async Task Without_a_token_offers_are_401()
    {
        var response = await Anonymous().GetAsync("/api/v1/offers");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_page_size_over_200_is_refused()
    {
        var auditor = await AsAsync(DpsRoles.Auditor);

        var response = await auditor.GetAsync("/api/v1/offers?pageSize=201");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    /// <summary>A new supplier with an establishment admitted to each of the DPS's categories named, as a client acting for it.</summary>
}
