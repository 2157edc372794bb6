using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.OfferRequests;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Catalogue;

public sealed class OfferApiTests : ApiTest
{
    private Guid _dpsId;
    private Guid _engagement;
    private Guid _gettingJobs;
    private Guid _keepingJobs;
    private Guid _otherDpsId;
    private Guid _otherDpsEngagement;

    [OneTimeSetUp]
    public async Task CreateDpsWithCategories()
    {
        var manager = await AsManagerAsync();
        _dpsId = (await manager.CreateDpsAsync()).Id();
        _engagement = (await manager.AddCategoryAsync(_dpsId, "Engagement")).Id();
        _gettingJobs = (await manager.AddCategoryAsync(_dpsId, "Getting jobs")).Id();
        _keepingJobs = (await manager.AddCategoryAsync(_dpsId, "Keeping jobs")).Id();
        _otherDpsId = (await manager.CreateDpsAsync()).Id();
        _otherDpsEngagement = (await manager.AddCategoryAsync(_otherDpsId, "Engagement")).Id();

        // The Catalogue knows a DPS's categories by their taxonomies, opened when Qualification's event arrives through the outbox.
        foreach (var (dpsId, categoryId) in new[] { (_dpsId, _engagement), (_dpsId, _gettingJobs), (_dpsId, _keepingJobs), (_otherDpsId, _otherDpsEngagement) })
        {
            await Eventually.Until(
                () => manager.GetAsync($"/api/v1/dps/{dpsId}/categories/{categoryId}/taxonomy"),
                r => r.StatusCode == HttpStatusCode.OK,
                $"the taxonomy of category {categoryId}");
        }
    }

    [Test]
    public async Task Submitting_answers_201_with_version_1_location_and_etag()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AdmitSupplierAsync(supplierId, _engagement);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _engagement, "  Routes   to Work "));

        var offer = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/offers/{offer.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(offer.ETag()));
            Assert.That(offer["supplierId"]!.GetValue<Guid>(), Is.EqualTo(supplierId));
            Assert.That(offer["categoryId"]!.GetValue<Guid>(), Is.EqualTo(_engagement));
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
        var supplier = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement);
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
        var supplier = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement);
        body["pricePerParticipant"]!["currency"] = currency;

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "pricePerParticipant.currency" }));
    }

    [Test]
    public async Task An_update_is_version_2_and_version_1_stays_readable()
    {
        var supplier = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement);
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
        var supplier = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement);
        var offer = await supplier.SubmitOfferAsync(body);
        var path = $"/api/v1/offers/{offer.Id()}";
        (await supplier.SendAsync(Put(path, Revision(NewOffer(_dpsId, _engagement, price: 460m)), offer.ETag()))).EnsureSuccessStatusCode();

        var response = await supplier.SendAsync(Put(path, Revision(NewOffer(_dpsId, _engagement, price: 999m)), offer.ETag()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var current = await (await supplier.GetAsync(path)).JsonAsync();
        Assert.That(current["pricePerParticipant"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(460m));
        Assert.That(current["versionNumber"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_same_content_in_another_category_is_refused_as_a_generic_offer()
    {
        var supplier = await AdmittedSupplierAsync(_engagement, _gettingJobs);
        await supplier.SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Routes to Work"));
        var copy = NewOffer(_dpsId, _gettingJobs, "Routes to Jobs", "  WEEKLY one-to-one   coaching and group workshops.");

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", copy);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OfferMustNotBeGeneric"));
    }

    [Test]
    public async Task Another_suppliers_identical_offer_is_not_generic()
    {
        await (await AdmittedSupplierAsync(_engagement)).SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Shared name"));
        var other = await AdmittedSupplierAsync(_gettingJobs);

        var response = await other.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _gettingJobs, "Shared name"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_second_offer_of_the_same_programme_in_the_category_is_a_409()
    {
        var supplier = await AdmittedSupplierAsync(_engagement);
        await supplier.SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Routes to Work"));

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _engagement, "routes to  work", "Something different."));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OneOfferPerCategoryAndProgramme"));
    }

    [Test]
    public async Task A_supplier_not_admitted_to_the_category_cannot_offer_in_it()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _engagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OffersComeOnlyFromActiveMembers"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task Membership_of_another_category_of_the_dps_does_not_allow_offering_in_this_one()
    {
        var supplier = await AdmittedSupplierAsync(_gettingJobs);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _engagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OffersComeOnlyFromActiveMembers"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task A_suspended_member_neither_offers_nor_revises_until_reinstated()
    {
        var supplierId = Guid.NewGuid();
        var admission = await CatalogueEvents.AdmitAsync(Api, supplierId, _dpsId, _engagement);
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var offer = await supplier.SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Routes to Work"));
        var path = $"/api/v1/offers/{offer.Id()}";
        var revision = Revision(NewOffer(_dpsId, _engagement, "Routes to Work", price: 500m));
        var suspension = await CatalogueEvents.SuspendAsync(Api, admission);

        var submit = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _engagement, "Steps to Work"));
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
        await CatalogueEvents.AdmitAsync(Api, supplierId, _otherDpsId, _otherDpsEngagement);
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);

        var response = await supplier.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _otherDpsEngagement));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OfferCategoryMustBelongToTheDps"));
        Assert.That(await OfferIdsOfAsync(supplier), Is.Empty);
    }

    [Test]
    public async Task A_withdrawn_offer_stays_readable_but_no_longer_changes()
    {
        var supplier = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement);
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
        var supplierA = await AdmittedSupplierAsync(_engagement);
        var body = NewOffer(_dpsId, _engagement, "Supplier A's programme");
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
        var listed = await (await supplierB.GetAsync($"/api/v1/offers?categoryId={_engagement}")).JsonAsync();
        Assert.That(listed["items"]!.AsArray().Select(o => o!.AsObject().Id()), Does.Not.Contain(offer.Id()));
        Assert.That((await (await supplierA.GetAsync(path)).JsonAsync()).Text("status"), Is.EqualTo("Active"));
    }

    [Test]
    public async Task A_buyer_reads_and_lists_offers_but_cannot_make_one()
    {
        var supplierId = Guid.NewGuid();
        var offer = await (await AdmitSupplierAsync(supplierId, _gettingJobs)).SubmitOfferAsync(NewOffer(_dpsId, _gettingJobs, "Buyer-visible"));
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var read = await buyer.GetAsync($"/api/v1/offers/{offer.Id()}");
        var listed = await (await buyer.GetAsync($"/api/v1/offers?dpsId={_dpsId}&categoryId={_gettingJobs}&supplierId={supplierId}&page=1&pageSize=10")).JsonAsync();
        var create = await buyer.PostAsJsonAsync("/api/v1/offers", NewOffer(_dpsId, _gettingJobs, "Buyer's own"));

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
    public async Task A_buyer_lists_only_offers_it_can_buy_now_while_the_manager_lists_them_all()
    {
        var available = await (await AdmittedSupplierAsync(_keepingJobs)).SubmitOfferAsync(NewOffer(_dpsId, _keepingJobs, "In-work coaching"));
        var withdrawnBy = await AdmittedSupplierAsync(_keepingJobs);
        var withdrawn = await withdrawnBy.SubmitOfferAsync(NewOffer(_dpsId, _keepingJobs, "Withdrawn coaching", description: "Another approach."));
        (await withdrawnBy.PostAsync($"/api/v1/offers/{withdrawn.Id()}/withdraw", null)).EnsureSuccessStatusCode();
        var suspendedId = Guid.NewGuid();
        var admission = await CatalogueEvents.AdmitAsync(Api, suspendedId, _dpsId, _keepingJobs);
        var suspendedOffer = await (await AsAsync(DpsRoles.Supplier, supplierId: suspendedId))
            .SubmitOfferAsync(NewOffer(_dpsId, _keepingJobs, "Suspended coaching", description: "A third approach."));
        await CatalogueEvents.SuspendAsync(Api, admission);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var list = $"/api/v1/offers?dpsId={_dpsId}&categoryId={_keepingJobs}";

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

    [Test]
    public async Task A_supplier_lists_only_its_own_offers()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AdmitSupplierAsync(supplierId, _engagement);
        var own = await supplier.SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Own listing"));
        await (await AdmittedSupplierAsync(_engagement)).SubmitOfferAsync(NewOffer(_dpsId, _engagement, "Someone else's"));

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
    private Task<HttpClient> AdmittedSupplierAsync(params Guid[] categories) => AdmitSupplierAsync(Guid.NewGuid(), categories);

    private async Task<HttpClient> AdmitSupplierAsync(Guid supplierId, params Guid[] categories)
    {
        foreach (var categoryId in categories)
        {
            await CatalogueEvents.AdmitAsync(Api, supplierId, _dpsId, categoryId);
        }

        return await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
    }

    /// <summary>The offers the supplier sees: only its own.</summary>
    private static async Task<List<Guid>> OfferIdsOfAsync(HttpClient supplier)
    {
        var listed = await (await supplier.GetAsync("/api/v1/offers")).JsonAsync();
        return [.. listed["items"]!.AsArray().Select(o => o!.AsObject().Id())];
    }
}
