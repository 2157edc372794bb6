using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.BuyerRequests;
using static Dps.IntegrationTests.Catalogue.OfferRequests;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>
/// A buyer sees the catalogue of the DPSs its authority takes part in, and nothing else: the fixture's DPS (its lead and
/// partner authorities) and a DPS elsewhere (one other authority), each with a listed establishment, an offer and a
/// funding model.
/// </summary>
public sealed class BuyerScopeTests : OfferApiTest
{
    private static readonly Guid ElsewhereAuthorityId = Guid.NewGuid();

    private Guid _elsewhereDpsId;
    private Guid _elsewhereCategory;
    private JsonObject _offer = null!;
    private JsonObject _model = null!;
    private JsonObject _elsewhereOffer = null!;
    private JsonObject _elsewhereModel = null!;

    [OneTimeSetUp]
    public async Task OfferInBothDpss()
    {
        var manager = await AsManagerAsync();
        _offer = await (await AdmittedSupplierAsync(Engagement)).SubmitOfferAsync(NewOffer(DpsId, Engagement));
        _model = await DefineAsync(manager, NewFundingModel(DpsId, Engagement, atStart: 30, atCompletion: 70, onJobOutcome: 0));

        _elsewhereDpsId = (await manager.CreateDpsOfAsync(ElsewhereAuthorityId)).Id();
        _elsewhereCategory = (await manager.AddCategoryAsync(_elsewhereDpsId, "Engagement")).Id();
        await Eventually.Until(
            () => manager.GetAsync(TaxonomyPath(_elsewhereDpsId, _elsewhereCategory)), r => r.StatusCode == HttpStatusCode.OK, "the taxonomy elsewhere");
        var supplierId = Guid.NewGuid();
        await CatalogueEvents.AdmitAsync(Api, supplierId, _elsewhereDpsId, _elsewhereCategory);
        _elsewhereOffer = await (await AsAsync(DpsRoles.Supplier, supplierId: supplierId)).SubmitOfferAsync(NewOffer(_elsewhereDpsId, _elsewhereCategory));
        _elsewhereModel = await DefineAsync(manager, NewFundingModel(_elsewhereDpsId, routeway: "R2"));

        await (await PartnerAsync()).UntilItSeesAsync(DpsId);
        await (await ElsewhereAsync()).UntilItSeesAsync(_elsewhereDpsId);
    }

    [Test]
    public async Task A_buyer_whose_authority_takes_part_in_no_dps_finds_nothing_and_reads_nothing()
    {
        var outsider = await AsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid());
        var offer = $"/api/v1/offers/{_offer.Id()}";
        string[] paths =
        [
            SearchNearOakfield(Engagement),
            TaxonomyPath(DpsId, Engagement),
            $"/api/v1/offers?dpsId={DpsId}",
            $"/api/v1/offers?categoryId={Engagement}",
            offer,
            $"{offer}/versions",
            $"{offer}/versions/1",
            $"/api/v1/funding-models?dpsId={DpsId}",
            $"/api/v1/funding-models?categoryId={Engagement}",
            $"/api/v1/funding-models/{_model.Id()}",
        ];

        var answers = await outsider.StatusesAsync(paths);
        var offers = await (await outsider.GetAsync("/api/v1/offers")).JsonAsync();
        var models = await (await outsider.GetAsync("/api/v1/funding-models")).JsonAsync();

        Assert.That(answers, Is.EqualTo(paths.ToDictionary(p => p, _ => HttpStatusCode.NotFound)));
        Assert.That(offers["total"]!.GetValue<int>(), Is.Zero);
        Assert.That(models["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_buyer_of_an_authority_taking_part_sees_the_dps_s_search_offers_taxonomy_and_funding_models()
    {
        var partner = await PartnerAsync();
        var offer = $"/api/v1/offers/{_offer.Id()}";
        string[] paths = [TaxonomyPath(DpsId, Engagement), offer, $"{offer}/versions", $"{offer}/versions/1", $"/api/v1/funding-models/{_model.Id()}"];

        var answers = await partner.StatusesAsync(paths);
        var found = await (await partner.GetAsync(SearchNearOakfield(Engagement))).JsonAsync();
        var offers = await IdsAsync(partner, $"/api/v1/offers?dpsId={DpsId}&categoryId={Engagement}");
        var models = await IdsAsync(partner, $"/api/v1/funding-models?dpsId={DpsId}&categoryId={Engagement}");

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.EqualTo(paths.ToDictionary(p => p, _ => HttpStatusCode.OK)));
            Assert.That(found["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Does.Contain("Oakfield School"));
            Assert.That(offers, Does.Contain(_offer.Id()));
            Assert.That(models, Is.EqualTo(new[] { _model.Id() }));
        });
    }

    [Test]
    public async Task A_buyer_sees_only_the_dpss_its_authority_takes_part_in_and_each_dps_only_its_own_buyers()
    {
        var partner = await PartnerAsync();
        var elsewhere = await ElsewhereAsync();

        var partnersOffers = await IdsAsync(partner, "/api/v1/offers");
        var partnersModels = await IdsAsync(partner, "/api/v1/funding-models");
        var elsewheresOffers = await IdsAsync(elsewhere, "/api/v1/offers");
        var elsewheresModels = await IdsAsync(elsewhere, "/api/v1/funding-models");
        var partnerElsewhere = await partner.StatusesAsync($"/api/v1/offers?dpsId={_elsewhereDpsId}", $"/api/v1/offers/{_elsewhereOffer.Id()}", SearchNearOakfield(_elsewhereCategory));
        var elsewhereHere = await elsewhere.StatusesAsync($"/api/v1/offers?dpsId={DpsId}", $"/api/v1/offers/{_offer.Id()}", SearchNearOakfield(Engagement));

        Assert.Multiple(() =>
        {
            Assert.That(partnersOffers, Does.Contain(_offer.Id()).And.No.Member(_elsewhereOffer.Id()));
            Assert.That(partnersModels, Does.Contain(_model.Id()).And.No.Member(_elsewhereModel.Id()));
            Assert.That(elsewheresOffers, Is.EqualTo(new[] { _elsewhereOffer.Id() }));
            Assert.That(elsewheresModels, Is.EqualTo(new[] { _elsewhereModel.Id() }));
            Assert.That(partnerElsewhere.Values, Is.All.EqualTo(HttpStatusCode.NotFound));
            Assert.That(elsewhereHere.Values, Is.All.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task The_manager_and_auditors_see_every_dps()
    {
        var manager = await AsManagerAsync();
        var auditor = await AsAsync(DpsRoles.Auditor);

        var offers = await IdsAsync(manager, "/api/v1/offers");
        var models = await IdsAsync(auditor, "/api/v1/funding-models");
        var reads = await auditor.StatusesAsync(SearchNearOakfield(_elsewhereCategory), TaxonomyPath(_elsewhereDpsId, _elsewhereCategory), $"/api/v1/offers/{_elsewhereOffer.Id()}");

        Assert.That(offers, Is.SupersetOf(new[] { _offer.Id(), _elsewhereOffer.Id() }));
        Assert.That(models, Is.SupersetOf(new[] { _model.Id(), _elsewhereModel.Id() }));
        Assert.That(reads.Values, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_authority_added_to_a_dps_sees_it_once_the_catalogue_learns_and_one_taken_off_no_longer_does()
    {
        var manager = await AsManagerAsync();
        var dpsId = (await manager.CreateDpsAsync()).Id();
        var taxonomy = TaxonomyPath(dpsId, (await manager.AddCategoryAsync(dpsId, "Engagement")).Id());
        var partner = await PartnerAsync();
        var newcomerId = Guid.NewGuid();
        var newcomer = await AsAsync(DpsRoles.Buyer, authorityId: newcomerId);
        await Eventually.Until(() => partner.GetAsync(taxonomy), r => r.StatusCode == HttpStatusCode.OK, "the partner to see the new DPS");
        var beforeJoining = await newcomer.GetAsync(taxonomy);

        await manager.SetParticipantsAsync(dpsId, newcomerId);

        await Eventually.Until(() => newcomer.GetAsync(taxonomy), r => r.StatusCode == HttpStatusCode.OK, "the newcomer to see the DPS");
        await Eventually.Until(() => partner.GetAsync(taxonomy), r => r.StatusCode == HttpStatusCode.NotFound, "the partner taken off to no longer see it");
        Assert.That(beforeJoining.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private Task<HttpClient> PartnerAsync() => AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

    private Task<HttpClient> ElsewhereAsync() => AsAsync(DpsRoles.Buyer, authorityId: ElsewhereAuthorityId);

    private static async Task<JsonObject> DefineAsync(HttpClient manager, JsonObject fundingModel)
    {
        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", fundingModel);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string list)
    {
        var response = await client.GetAsync($"{list}{(list.Contains('?') ? '&' : '?')}pageSize=200");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{list}: {await response.Content.ReadAsStringAsync()}");
        return [.. (await response.JsonAsync())["items"]!.AsArray().Select(i => i!.AsObject().Id())];
    }
}
