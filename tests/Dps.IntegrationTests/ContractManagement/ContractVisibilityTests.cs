using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// Row-level visibility of every ContractManagement endpoint, role by role, for "our" contract (authority A, supplier S)
/// and "theirs" (authority B, supplier T): buyers see their own authority's rows, suppliers their own, the DPS manager
/// and auditors all; anyone else gets 404 and lists leave the row out. Only the contract's own buyer or supplier (or,
/// for criterion failures, the manager) changes it; another authority's buyer or another supplier gets 404 and changes
/// nothing. Which roles may call an endpoint at all is <c>AuthorizationMatrixTests</c>' business.
/// </summary>
public sealed class ContractVisibilityTests : ApiTest
{
    private static readonly AwardedFundingModel R2 = new(Guid.NewGuid(), 20m, 30m, 50m, 4, 13);
    private static readonly DateOnly Start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-200);
    private static readonly DateOnly End = Start.AddDays((26 * 7) - 1);
    private static readonly string ReviewPeriod = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month <= 6 ? 1 : 7, 1).ToString("yyyy-MM-dd");

    /// <summary>A caller, and whether it may see our rows (authority A, supplier S) and theirs (authority B, supplier T).</summary>
    private sealed record Caller(string Name, string Role, HttpClient Client, bool SeesOurs, bool SeesTheirs);

    [Test]
    public async Task Every_read_answers_the_contract_s_buyers_its_supplier_and_the_overseers_and_is_a_404_or_left_out_for_anyone_else()
    {
        var (scenario, _, _) = await ContractScenario.ContractedMemberAsync(Api);
        var ours = ContractScenario.Award(supplierId: scenario.SupplierId) with { Places = 2 };
        var theirs = ContractScenario.Award() with { CategoryId = ours.CategoryId, Places = 2 };
        await ContractScenario.DeliverAsync(Api, ours);
        await ContractScenario.DeliverAsync(Api, theirs);
        var callers = await CallersAsync(ours, theirs);
        var buyer = callers[0].Client;
        var contract = (await ContractScenario.ContractOfAsync(buyer, ours)).Id();
        var block = await BlockOfAsync(buyer, ours);
        var reviewed = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", new
        {
            establishmentId = scenario.EstablishmentId, categoryId = scenario.Sen, periodStart = ReviewPeriod, adjustment = -2m, reasons = new[] { "A late outcome report" },
        });
        var uplifted = await scenario.Manager.PostAsJsonAsync(
            "/api/v1/uplifts", new { categoryId = ours.CategoryId, lineCodes = new[] { "STAFFING" }, percent = 2m, effectiveFrom = "2027-04-01", reason = "2027/28 uplift" });
        Assert.That(reviewed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await reviewed.Content.ReadAsStringAsync());
        Assert.That(uplifted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await uplifted.Content.ReadAsStringAsync());
        var review = (await reviewed.JsonAsync()).Id();
        var uplift = (await uplifted.JsonAsync()).Id();
        var theirContract = (await ContractScenario.ContractOfAsync(callers[1].Client, theirs)).Id();
        var theirBlock = (await BlockOfAsync(callers[1].Client, theirs)).Id();
        string[] reads = [$"/api/v1/contracts/{contract}", $"/api/v1/contracts/{contract}/milestones", $"/api/v1/contracts/{contract}/invoices", $"/api/v1/block-bookings/{block.Id()}"];

        Assert.Multiple(async () =>
        {
            foreach (var caller in callers)
            {
                var expected = caller.SeesOurs ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                foreach (var (path, status) in await caller.Client.StatusesAsync(reads))
                {
                    Assert.That(status, Is.EqualTo(expected), $"{caller.Name}: GET {path}");
                }

                Assert.That(await ListsAsync(caller, "/api/v1/contracts", contract, theirContract), Is.EqualTo((caller.SeesOurs, caller.SeesTheirs)), $"{caller.Name}: GET /contracts");
                Assert.That(await ListsAsync(caller, "/api/v1/block-bookings", block.Id(), theirBlock), Is.EqualTo((caller.SeesOurs, caller.SeesTheirs)), $"{caller.Name}: GET /block-bookings");
                Assert.That((await caller.Client.GetAsync($"/api/v1/uplifts/{uplift}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{caller.Name}: uplifts are for everyone");
                Assert.That((await ListsAsync(caller, "/api/v1/uplifts", uplift, uplift)).Ours, Is.True, $"{caller.Name}: GET /uplifts");
                if (caller.Role != DpsRoles.Buyer)
                {
                    Assert.That((await caller.Client.GetAsync($"/api/v1/performance-reviews/{review}")).StatusCode, Is.EqualTo(expected), $"{caller.Name}: GET the review");
                    Assert.That((await ListsAsync(caller, "/api/v1/performance-reviews", review, review)).Ours, Is.EqualTo(caller.SeesOurs), $"{caller.Name}: GET /performance-reviews");
                }

                if (caller.Role != DpsRoles.Supplier)
                {
                    var report = await (await caller.Client.GetAsync($"/api/v1/reports/benchmarks?categoryId={ours.CategoryId}")).JsonAsync();
                    var named = report["rows"]!.AsArray().Select(r => r!["authority"]!["id"]?.GetValue<Guid>());
                    Assert.That(named, Is.EquivalentTo(new Guid?[] { caller.SeesOurs ? ours.AuthorityId : null, caller.SeesTheirs ? theirs.AuthorityId : null }), $"{caller.Name}: benchmarks");
                    if (caller.Role == DpsRoles.Buyer)
                    {
                        Assert.That(report.ToJsonString(), Does.Not.Contain((caller.SeesOurs ? theirs : ours).AuthorityId.ToString()), $"{caller.Name}: the other authority's id");
                    }
                }
            }
        });
    }

    [Test]
    public async Task Another_authority_s_buyer_and_another_supplier_get_404_on_every_write_and_change_nothing_that_the_contract_s_own_parties_then_change()
    {
        var callOff = ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: R2) with { Price = new Money(10000m, "GBP"), StartDate = Start, TermWeeks = 26 };
        var placement = ContractScenario.Award(authorityId: callOff.AuthorityId, supplierId: callOff.SupplierId) with { Places = 2 };
        var theirs = ContractScenario.Award();
        foreach (var award in new[] { callOff, placement, theirs })
        {
            await ContractScenario.DeliverAsync(Api, award);
        }

        var callers = await CallersAsync(callOff, theirs);
        var (buyer, otherBuyer, supplier, otherSupplier, manager) = (callers[0].Client, callers[1].Client, callers[2].Client, callers[3].Client, callers[4].Client);
        var milestoned = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, callOff)).Id()}";
        var invoiced = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, placement)).Id()}";
        var block = $"/api/v1/block-bookings/{(await BlockOfAsync(buyer, placement)).Id()}";

        // The stranger tries first, then the contract's own party does the same: a once-only write (a claim, a decision,
        // completion) that the owner still makes shows the stranger's made nothing; the watched ETag shows the version stayed.
        async Task<JsonObject> AttemptAsync(string what, HttpClient stranger, HttpClient owner, HttpStatusCode ownerGets, string path, object? body, string watched)
        {
            var before = (await buyer.GetAsync(watched)).Headers.ETag;
            var refused = await stranger.PostAsJsonAsync(path, body);
            var after = (await buyer.GetAsync(watched)).Headers.ETag;
            Assert.Multiple(async () =>
            {
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{what}, by another authority's buyer or another supplier: {await refused.Content.ReadAsStringAsync()}");
                Assert.That(after, Is.EqualTo(before).And.Not.Null, $"{what}: the stranger's attempt moved {watched}'s version");
            });
            var done = await owner.PostAsJsonAsync(path, body);
            Assert.That(done.StatusCode, Is.EqualTo(ownerGets), $"{what}, by the contract's own party: {await done.Content.ReadAsStringAsync()}");
            return await done.JsonAsync();
        }

        var started = await AttemptAsync("claim Start", otherSupplier, supplier, HttpStatusCode.Created, $"{milestoned}/milestones/Start/claims", new { evidence = "Started", reference = "ATT-1" }, milestoned);
        await AttemptAsync("verify a claim", otherBuyer, buyer, HttpStatusCode.OK, $"{milestoned}/claims/{started.Id()}/verify", null, milestoned);
        await AttemptAsync("complete", otherBuyer, buyer, HttpStatusCode.OK, $"{milestoned}/complete", new { completedOn = End.ToString("yyyy-MM-dd") }, milestoned);
        var completed = await AttemptAsync("claim Completion", otherSupplier, supplier, HttpStatusCode.Created, $"{milestoned}/milestones/Completion/claims", new { evidence = "Completed", reference = "CMP-1" }, milestoned);
        await AttemptAsync("reject a claim", otherBuyer, buyer, HttpStatusCode.OK, $"{milestoned}/claims/{completed.Id()}/reject", new { reason = "Unsigned certificate." }, milestoned);
        var first = await AttemptAsync("invoice period 1", otherSupplier, supplier, HttpStatusCode.Created, $"{invoiced}/invoices", new { period = 1 }, invoiced);
        var second = await AttemptAsync("invoice period 2", otherSupplier, supplier, HttpStatusCode.Created, $"{invoiced}/invoices", new { period = 2 }, invoiced);
        await AttemptAsync("verify an invoice", otherBuyer, buyer, HttpStatusCode.OK, $"{invoiced}/invoices/{first.Id()}/verify", null, invoiced);
        await AttemptAsync("reject an invoice", otherBuyer, buyer, HttpStatusCode.OK, $"{invoiced}/invoices/{second.Id()}/reject", new { reason = "Register missing." }, invoiced);
        await AttemptAsync("record a criterion failure", otherBuyer, manager, HttpStatusCode.OK, $"{invoiced}/criterion-failures", new { criterionCode = "PF2", evidence = "Ofsted: Inadequate", reference = "OF-1" }, invoiced);
        await AttemptAsync("place into the block", otherBuyer, buyer, HttpStatusCode.OK, $"{block}/placements", new { serviceUserReference = "KCC-20260001", startDate = "2027-02-01" }, block);
        await AttemptAsync("terminate", otherBuyer, buyer, HttpStatusCode.OK, $"{invoiced}/terminate", new { terminatedOn = "2027-03-01", reason = "Placement breakdown." }, invoiced);
        var milestones = (await (await buyer.GetAsync($"{milestoned}/milestones")).JsonAsync())["milestones"]!.AsArray();
        var invoices = JsonNode.Parse(await (await buyer.GetAsync($"{invoiced}/invoices")).Content.ReadAsStringAsync())!.AsArray();
        var contract = await (await buyer.GetAsync(invoiced)).JsonAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(milestones.Select(m => string.Join(",", m!["claims"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()))), Is.EqualTo(new[] { "Verified", "Rejected", "" }));
            Assert.That(invoices.Select(i => $"{i!["number"]}:{i["status"]}"), Is.EqualTo(new[] { "1:Verified", "2:Rejected" }));
            Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("Terminated"));
            Assert.That(contract["criterionFailures"]!.AsArray(), Has.Count.EqualTo(1), "the manager's only");
            Assert.That((await (await buyer.GetAsync(block)).JsonAsync())["placesUsed"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    /// <summary>Buyer A, buyer B, supplier S, supplier T, the manager and an auditor, in that order.</summary>
    private async Task<Caller[]> CallersAsync(ServiceAwardedIntegrationEvent ours, ServiceAwardedIntegrationEvent theirs) =>
    [
        new("buyer of A", DpsRoles.Buyer, await ContractScenario.BuyerAsync(Api, ours), true, false),
        new("buyer of B", DpsRoles.Buyer, await ContractScenario.BuyerAsync(Api, theirs), false, true),
        new("supplier S", DpsRoles.Supplier, await ContractScenario.SupplierAsync(Api, ours), true, false),
        new("supplier T", DpsRoles.Supplier, await ContractScenario.SupplierAsync(Api, theirs), false, true),
        new("manager", DpsRoles.Manager, await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1"), true, true),
        new("auditor", DpsRoles.Auditor, await CompetitionScenario.ClientAsync(Api, DpsRoles.Auditor, "auditor-1"), true, true),
    ];

    private static async Task<JsonObject> BlockOfAsync(HttpClient buyer, ServiceAwardedIntegrationEvent award) =>
        (await ItemsAsync(buyer, "/api/v1/block-bookings")).Single(b => b!["awardId"]!.GetValue<Guid>() == award.AwardId)!.AsObject();

    private static async Task<JsonArray> ItemsAsync(HttpClient client, string path)
    {
        var listed = await client.GetAsync($"{path}?pageSize=100");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}: {await listed.Content.ReadAsStringAsync()}");
        return (await listed.JsonAsync())["items"]!.AsArray();
    }

    /// <summary>Whether the caller's list holds our row and theirs.</summary>
    private static async Task<(bool Ours, bool Theirs)> ListsAsync(Caller caller, string path, Guid ours, Guid theirs)
    {
        var ids = (await ItemsAsync(caller.Client, path)).Select(i => i!["id"]!.GetValue<Guid>()).ToHashSet();
        return (ids.Contains(ours), ids.Contains(theirs));
    }
}
