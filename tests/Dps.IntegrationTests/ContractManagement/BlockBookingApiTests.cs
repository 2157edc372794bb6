using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// Block bookings: made from an award of more than one place or recorded directly with a justification, drawn down by
/// placements until full or ended, seen by their parties and overseers only.
/// </summary>
public sealed class BlockBookingApiTests : ApiTest
{
    private const string Path = "/api/v1/block-bookings";

    /// <summary>A direct block of <paramref name="places"/> places with the member from Monday 4 January 2027 to 31 July 2027, at £2,500 a week a place.</summary>
    private static JsonObject DirectBlock(Member member, int places = 2, string startDate = "2027-01-04", string? endDate = "2027-07-31", int? termWeeks = null, string justification = "Capacity reserved for the spring intake, agreed by the panel.") => new()
    {
        ["dpsId"] = member.DpsId,
        ["categoryId"] = member.CategoryId,
        ["supplierId"] = member.SupplierId,
        ["establishmentId"] = member.EstablishmentId,
        ["places"] = places,
        ["startDate"] = startDate,
        ["endDate"] = endDate,
        ["termWeeks"] = termWeeks,
        ["pricePerPlace"] = new JsonObject { ["amount"] = 2500m, ["currency"] = "GBP" },
        ["priceBasis"] = "Week",
        ["justification"] = justification,
    };

    /// <summary>An establishment admitted to SEN on a new DPS that only its authority takes part in.</summary>
    private sealed record Member(Guid AuthorityId, Guid DpsId, Guid CategoryId, Guid SupplierId, Guid EstablishmentId, string MembershipId, QualificationScenario Scenario);

    private async Task<Member> MemberAsync()
    {
        var authorityId = Guid.NewGuid();
        var scenario = await QualificationScenario.StartAsync(Api, authorityId);
        var membership = await scenario.AdmittedToSenAsync();
        return new Member(authorityId, scenario.DpsId, scenario.Sen, scenario.SupplierId, scenario.EstablishmentId, membership["id"]!.GetValue<string>(), scenario);
    }

    private static async Task<JsonObject> RecordAsync(HttpClient buyer, object body)
    {
        var recorded = await buyer.PostAsJsonAsync(Path, body);
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await recorded.Content.ReadAsStringAsync());
        Assert.That(recorded.Headers.Location, Is.Not.Null);
        return await recorded.JsonAsync();
    }

    private static Task<HttpResponseMessage> PlaceAsync(HttpClient buyer, JsonObject block, string reference, string startDate = "2027-02-01") =>
        buyer.PostAsJsonAsync($"{Path}/{block["id"]}/placements", new { serviceUserReference = reference, startDate });

    private static async Task<JsonArray> ListAsync(HttpClient client, string query = "")
    {
        var listed = await client.GetAsync($"{Path}?pageSize=100{query}");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        return (await listed.JsonAsync())["items"]!.AsArray();
    }

    private Task<HttpClient> BuyerAsync(Guid authorityId) => CompetitionScenario.ClientAsync(Api, DpsRoles.Buyer, "buyer-1", authorityId: authorityId);

    private Task<HttpClient> SupplierAsync(Guid supplierId) => CompetitionScenario.ClientAsync(Api, DpsRoles.Supplier, "supplier-1", supplierId: supplierId);

    [Test]
    public async Task An_award_of_three_places_is_a_block_of_its_contract_drawn_down_to_full_then_refused()
    {
        var award = ContractScenario.Award() with { Places = 3 };
        var single = ContractScenario.Award(authorityId: award.AuthorityId);
        await ContractScenario.DeliverAsync(Api, award);
        await ContractScenario.DeliverAsync(Api, award with { Id = Guid.NewGuid() });
        await ContractScenario.DeliverAsync(Api, single);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);

        var blocks = await ListAsync(buyer);
        var block = blocks.Single()!.AsObject();
        var placed = new List<HttpResponseMessage>();
        foreach (var reference in new[] { "WSCC-20260101", "WSCC-20260102", "WSCC-20260103" })
        {
            placed.Add(await PlaceAsync(buyer, block, reference));
        }

        var full = await PlaceAsync(buyer, block, "WSCC-20260104");
        var read = await buyer.GetAsync($"{Path}/{block["id"]}");
        var drawn = await read.JsonAsync();

        await BidScenario.AssertRuleAsync(full, HttpStatusCode.Conflict, "BlockBookingMustHaveAFreePlace");
        Assert.Multiple(async () =>
        {
            Assert.That(blocks, Has.Count.EqualTo(1), "a single place is no block, and a redelivered award makes no second");
            Assert.That(block["origin"]!.GetValue<string>(), Is.EqualTo("Award"));
            Assert.That(block["awardId"]!.GetValue<Guid>(), Is.EqualTo(award.AwardId));
            Assert.That(block["contractId"]!.GetValue<Guid>(), Is.EqualTo(contract["id"]!.GetValue<Guid>()));
            Assert.That(block["referralId"]!.GetValue<Guid>(), Is.EqualTo(award.ReferralId));
            Assert.That(block["places"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(block["startDate"]!.GetValue<string>(), Is.EqualTo("2027-01-04"));
            Assert.That(block["endDate"]!.GetValue<string>(), Is.EqualTo("2027-10-03"));
            Assert.That(block["pricePerPlace"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(block["voids"]!.GetValue<int>(), Is.EqualTo(3));
            foreach (var response in placed)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
                Assert.That(response.Headers.ETag, Is.Not.Null);
            }

            Assert.That((await placed[1].JsonAsync())["placesUsed"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.Headers.ETag, Is.Not.Null);
            Assert.That(drawn["placesUsed"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(drawn["voids"]!.GetValue<int>(), Is.Zero);
            Assert.That(
                drawn["placements"]!.AsArray().Select(p => p!["serviceUserReference"]!.GetValue<string>()),
                Is.EqualTo(new[] { "WSCC-20260101", "WSCC-20260102", "WSCC-20260103" }));
            Assert.That(drawn["placements"]![0]!["startDate"]!.GetValue<string>(), Is.EqualTo("2027-02-01"));
            Assert.That(drawn["placements"]![0]!["placedBy"]!.GetValue<string>(), Is.EqualTo("buyer-1"));
            Assert.That((await ListAsync(buyer, "&hasFreePlaces=true")), Is.Empty);
        });
    }

    [Test]
    public async Task A_direct_block_needs_a_justification_an_end_or_weeks_and_placements_an_anonymised_reference()
    {
        var member = await MemberAsync();
        var buyer = await BuyerAsync(member.AuthorityId);

        var blank = await buyer.PostAsJsonAsync(Path, DirectBlock(member, justification: "   "));
        var noEnd = await buyer.PostAsJsonAsync(Path, DirectBlock(member, endDate: null));
        var noPlaces = await buyer.PostAsJsonAsync(Path, DirectBlock(member, places: 0));
        var backwards = await buyer.PostAsJsonAsync(Path, DirectBlock(member, endDate: "2027-01-03"));
        var byWeeks = await RecordAsync(buyer, DirectBlock(member, endDate: null, termWeeks: 39));
        var named = await PlaceAsync(buyer, byWeeks, "Jane Smith");
        var bySupplier = await (await SupplierAsync(member.SupplierId)).PostAsJsonAsync(Path, DirectBlock(member));
        var audited = await Sql.CountAsync(
            ConnectionString, "SELECT count(*) FROM contract_management.audit_entries WHERE entity_id = @p0::text", byWeeks["id"]!.GetValue<Guid>());

        await BidScenario.AssertRuleAsync(backwards, HttpStatusCode.UnprocessableEntity, "BlockBookingTermMustNotEndBeforeItStarts");
        Assert.Multiple(async () =>
        {
            Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await blank.ValidationErrorsAsync(), Does.ContainKey("justification"));
            Assert.That(noEnd.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noEnd.ValidationErrorsAsync(), Does.ContainKey("endDate"));
            Assert.That(noPlaces.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noPlaces.ValidationErrorsAsync(), Does.ContainKey("places"));
            Assert.That(byWeeks["origin"]!.GetValue<string>(), Is.EqualTo("Direct"));
            Assert.That(byWeeks["justification"]!.GetValue<string>(), Does.Contain("spring intake"));
            Assert.That(byWeeks["endDate"]!.GetValue<string>(), Is.EqualTo("2027-10-03"));
            Assert.That(byWeeks["contractId"], Is.Null);
            Assert.That(named.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await named.ValidationErrorsAsync(), Does.ContainKey("serviceUserReference"));
            Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(audited, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_direct_block_is_only_with_an_active_member_for_an_authority_of_its_DPS_through_the_supplier_named()
    {
        var member = await MemberAsync();
        var buyer = await BuyerAsync(member.AuthorityId);
        var notMember = DirectBlock(member);
        notMember["establishmentId"] = Guid.NewGuid();
        var otherSupplier = DirectBlock(member);
        otherSupplier["supplierId"] = Guid.NewGuid();

        var unknown = await buyer.PostAsJsonAsync(Path, notMember);
        var outsider = await (await BuyerAsync(Guid.NewGuid())).PostAsJsonAsync(Path, DirectBlock(member));
        var misnamed = await buyer.PostAsJsonAsync(Path, otherSupplier);
        var suspension = await member.Scenario.Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{member.MembershipId}/suspend", new { failedCriteria = new[] { QualificationScenario.PassFailOne }, reason = "Insurance lapsed" });
        var suspended = await buyer.PostAsJsonAsync(Path, DirectBlock(member));

        await BidScenario.AssertRuleAsync(misnamed, HttpStatusCode.UnprocessableEntity, "BlockBookingPartiesMustMatchTheMembership");
        await BidScenario.AssertRuleAsync(suspended, HttpStatusCode.Conflict, "BlockedEstablishmentMustBeAnActiveMember");
        Assert.Multiple(async () =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(outsider.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(suspension.StatusCode, Is.EqualTo(HttpStatusCode.OK), await suspension.Content.ReadAsStringAsync());
            Assert.That(await ListAsync(buyer), Is.Empty, "nothing was recorded");
        });
    }

    [Test]
    public async Task An_ended_block_and_a_placement_starting_after_its_end_are_refused_and_a_stale_if_match_is_a_412()
    {
        var member = await MemberAsync();
        var buyer = await BuyerAsync(member.AuthorityId);
        var ended = await RecordAsync(buyer, DirectBlock(member, startDate: "2026-01-05", endDate: "2026-06-30"));
        var running = await RecordAsync(buyer, DirectBlock(member));

        var afterEnd = await PlaceAsync(buyer, ended, "KCC-20260001", "2026-03-02");
        var startsAfter = await PlaceAsync(buyer, running, "KCC-20260002", "2027-08-01");
        var etag = (await buyer.GetAsync($"{Path}/{running["id"]}")).Headers.ETag!;
        var first = await PlaceAsync(buyer, running, "KCC-20260003");
        var stale = new HttpRequestMessage(HttpMethod.Post, $"{Path}/{running["id"]}/placements")
        {
            Content = JsonContent.Create(new { serviceUserReference = "KCC-20260004", startDate = "2027-02-01" }),
        };
        stale.Headers.IfMatch.Add(etag);
        var staleAnswer = await buyer.SendAsync(stale);
        var again = await PlaceAsync(buyer, running, "KCC-20260003");

        await BidScenario.AssertRuleAsync(afterEnd, HttpStatusCode.Conflict, "BlockBookingMustNotHaveEnded");
        await BidScenario.AssertRuleAsync(startsAfter, HttpStatusCode.UnprocessableEntity, "PlacementMustStartWithinTheBlock");
        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "ServiceUserPlacedOnceInABlock");
        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
            Assert.That(staleAnswer.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That((await (await buyer.GetAsync($"{Path}/{running["id"]}")).JsonAsync())["placesUsed"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Buyers_see_their_authority_s_blocks_suppliers_their_own_and_the_manager_and_auditors_all()
    {
        var member = await MemberAsync();
        var elsewhere = await MemberAsync();
        var supplierId = member.SupplierId;
        var buyer = await BuyerAsync(member.AuthorityId);
        var block = await RecordAsync(buyer, DirectBlock(member));
        var other = await RecordAsync(await BuyerAsync(elsewhere.AuthorityId), DirectBlock(elsewhere));
        var path = $"{Path}/{block["id"]}";
        var supplier = await SupplierAsync(supplierId);
        var otherBuyer = await BuyerAsync(other["authorityId"]!.GetValue<Guid>());
        var otherSupplier = await SupplierAsync(Guid.NewGuid());
        var manager = await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1");
        var auditor = await CompetitionScenario.ClientAsync(Api, DpsRoles.Auditor, "auditor-1");

        Assert.Multiple(async () =>
        {
            Assert.That((await buyer.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await supplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await manager.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await auditor.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await otherBuyer.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await otherSupplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Anonymous().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await PlaceAsync(otherBuyer, block, "KCC-20260001")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await PlaceAsync(supplier, block, "KCC-20260001")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await PlaceAsync(manager, block, "KCC-20260001")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await ListAsync(buyer)).Select(b => b!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { block["id"]!.GetValue<Guid>() }));
            Assert.That((await ListAsync(supplier)).Select(b => b!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { block["id"]!.GetValue<Guid>() }));
            Assert.That(await ListAsync(otherSupplier), Is.Empty);
            Assert.That(await ListAsync(manager, $"&supplierId={supplierId}"), Has.Count.EqualTo(1));
            Assert.That(await ListAsync(auditor, "&origin=Direct&runningOn=2027-03-01"), Has.Count.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public async Task Of_draw_downs_racing_for_the_last_place_exactly_one_wins()
    {
        const int racers = 10;
        var member = await MemberAsync();
        var buyer = await BuyerAsync(member.AuthorityId);
        var block = await RecordAsync(buyer, DirectBlock(member, places: 2));
        var first = await PlaceAsync(buyer, block, "KCC-20260000");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());

        using var start = new ManualResetEventSlim();
        var racing = Enumerable.Range(1, racers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await PlaceAsync(buyer, block, $"KCC-2026{i:0000}");
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(racing);
        var used = await Sql.CountAsync(
            ConnectionString, "SELECT places_used::bigint FROM contract_management.block_bookings WHERE id = @p0", block["id"]!.GetValue<Guid>());

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", statuses));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await BidScenario.AssertRuleAsync(loser, HttpStatusCode.Conflict, "BlockBookingMustHaveAFreePlace");
        }

        Assert.That(used, Is.EqualTo(2));
    }
}
