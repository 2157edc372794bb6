using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Catalogue.OfferRequests;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Catalogue;

public sealed class FundingModelApiTests : ApiTest
{
    private Guid _dpsId;
    private Guid _engagement;

    [OneTimeSetUp]
    public async Task CreateDpsWithCategory()
    {
        var manager = await AsManagerAsync();
        _dpsId = (await manager.CreateDpsAsync()).Id();
        _engagement = (await manager.AddCategoryAsync(_dpsId, "Engagement")).Id();
        await (await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId)).UntilItSeesAsync(_dpsId);
    }

    [Test]
    public async Task The_manager_defines_a_routeway_model_with_dwps_job_outcome_by_default()
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "r2"));

        var model = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/funding-models/{model.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(model.ETag()));
            Assert.That(model.Text("routeway"), Is.EqualTo("R2"));
            Assert.That(model["categoryId"], Is.Null);
            Assert.That(model["shares"]!["onJobOutcome"]!.GetValue<decimal>(), Is.EqualTo(50m));
            Assert.That(model["jobOutcome"]!["weeksInWork"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(model["jobOutcome"]!["trackingWindowWeeks"]!.GetValue<int>(), Is.EqualTo(13));
        });
    }

    [Test]
    public async Task Shares_that_do_not_sum_to_100_are_a_422_naming_the_rule()
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R9", atStart: 20, atCompletion: 30, onJobOutcome: 40));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("FundingSharesMustSumTo100"));
    }

    [Test]
    public async Task A_tracking_window_shorter_than_the_weeks_in_work_is_a_422_naming_the_rule()
    {
        var manager = await AsManagerAsync();
        var body = NewFundingModel(_dpsId, routeway: "R8");
        body["jobOutcome"] = new System.Text.Json.Nodes.JsonObject { ["weeksInWork"] = 13, ["trackingWindowWeeks"] = 4 };

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("TrackingWindowMustCoverWeeksInWork"));
    }

    [Test]
    public async Task Invalid_fields_are_refused_with_an_error_for_each()
    {
        var manager = await AsManagerAsync();
        var body = NewFundingModel(_dpsId, categoryId: _engagement, routeway: "R2", atStart: -10, atCompletion: 110, onJobOutcome: 0);

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(
            (await response.ValidationErrorsAsync()).Keys,
            Is.EquivalentTo(new[] { "routeway", "shares.atStart", "shares.atCompletion" }));
    }

    [Test]
    public async Task A_model_needs_a_category_or_a_routeway()
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "categoryId" }));
    }

    [Test]
    public async Task A_second_model_for_the_same_category_is_a_409()
    {
        var manager = await AsManagerAsync();
        var category = (await manager.AddCategoryAsync(_dpsId, "Keeping jobs")).Id();
        (await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, category, atStart: 30, atCompletion: 70, onJobOutcome: 0))).EnsureSuccessStatusCode();

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, category));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OneFundingModelPerCategoryOrRouteway"));
    }

    [Test]
    public async Task A_second_model_for_the_same_routeway_is_a_409_whatever_its_case()
    {
        var manager = await AsManagerAsync();
        (await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R4"))).EnsureSuccessStatusCode();

        var response = await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: " r4 "));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_buyer_or_supplier_cannot_define_a_model_but_every_role_reads_them()
    {
        var manager = await AsManagerAsync();
        var model = await (await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R5", atStart: 20, atCompletion: 50, onJobOutcome: 30))).JsonAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var buyerCreate = await buyer.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R7"));
        var supplierCreate = await supplier.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R7"));
        var buyerRead = await buyer.GetAsync($"/api/v1/funding-models/{model.Id()}");
        var supplierList = await (await supplier.GetAsync($"/api/v1/funding-models?dpsId={_dpsId}&routeway=R5")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(buyerCreate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(supplierCreate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(buyerRead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(supplierList["items"]!.AsArray().Select(m => m!.AsObject().Id()), Is.EqualTo(new[] { model.Id() }));
        });
    }

    [Test]
    public async Task A_change_needs_the_current_version_and_keeps_the_rules()
    {
        var manager = await AsManagerAsync();
        var model = await (await manager.PostAsJsonAsync("/api/v1/funding-models", NewFundingModel(_dpsId, routeway: "R3", atStart: 10, atCompletion: 30, onJobOutcome: 60))).JsonAsync();
        var path = $"/api/v1/funding-models/{model.Id()}";
        var change = new { shares = new { atStart = 15, atCompletion = 25, onJobOutcome = 60 }, jobOutcome = new { weeksInWork = 6, trackingWindowWeeks = 26 } };

        var changed = await manager.SendAsync(Put(path, change, model.ETag()));
        var stale = await manager.SendAsync(Put(path, change, model.ETag()));
        var broken = await manager.SendAsync(Put(path, new { shares = new { atStart = 15, atCompletion = 25, onJobOutcome = 50 } }, null));
        var current = await (await manager.GetAsync(path)).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(current["shares"]!["atStart"]!.GetValue<decimal>(), Is.EqualTo(15m));
            Assert.That(current["jobOutcome"]!["trackingWindowWeeks"]!.GetValue<int>(), Is.EqualTo(26));
            Assert.That(current.Text("routeway"), Is.EqualTo("R3"));
        });
    }

    [Test]
    public async Task An_unknown_model_is_a_404()
    {
        var auditor = await AsAsync(DpsRoles.Auditor);

        var response = await auditor.GetAsync($"/api/v1/funding-models/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
