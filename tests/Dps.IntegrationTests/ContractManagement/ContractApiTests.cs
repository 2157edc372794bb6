using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>Contracts from award events: one per award, seen by their parties and overseers only, completed or terminated by the buyer.</summary>
public sealed class ContractApiTests : ApiTest
{
    [Test]
    public async Task A_competition_award_becomes_one_active_contract_even_when_delivered_again()
    {
        var award = ContractScenario.Award();
        await ContractScenario.DeliverAsync(Api, award);
        await ContractScenario.DeliverAsync(Api, award);
        await ContractScenario.DeliverAsync(Api, award with { Id = Guid.NewGuid() });
        var buyer = await ContractScenario.BuyerAsync(Api, award);

        var listed = await ContractScenario.ListAsync(buyer);
        var read = await buyer.GetAsync($"/api/v1/contracts/{listed.Single()!["id"]}");
        var contract = await read.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(listed, Has.Count.EqualTo(1));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.Headers.ETag, Is.Not.Null);
            Assert.That(contract["kind"]!.GetValue<string>(), Is.EqualTo("IndividualPlacementAgreement"));
            Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(contract["award"]!["route"]!.GetValue<string>(), Is.EqualTo("Competition"));
            Assert.That(contract["award"]!["referralId"]!.GetValue<Guid>(), Is.EqualTo(award.ReferralId));
            Assert.That(contract["supplierId"]!.GetValue<Guid>(), Is.EqualTo(award.SupplierId));
            Assert.That(contract["establishmentId"]!.GetValue<Guid>(), Is.EqualTo(award.EstablishmentId));
            Assert.That(contract["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(contract["priceBasis"]!.GetValue<string>(), Is.EqualTo("Week"));
            Assert.That(contract["costLines"]!.AsArray().Select(l => l!["lineCode"]!.GetValue<string>()), Is.EqualTo(new[] { "STAFFING", "VAR-1" }));
            Assert.That(contract["startDate"]!.GetValue<string>(), Is.EqualTo("2027-01-04"));
            Assert.That(contract["endDate"]!.GetValue<string>(), Is.EqualTo("2027-10-03"), "39 weeks from Monday 4 January end on Sunday 3 October");
            Assert.That(contract["fundingModel"], Is.Null);
        });
    }

    [Test]
    public async Task Evaluation_s_award_reaches_contract_management_through_the_outbox()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api, weights: CompetitionScenario.SeventyThirty);
        await scenario.ScoreWorkedExampleAsync();
        var awarded = await scenario.TryAwardAsync();
        Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());

        var contracts = await Eventually.Until(() => ContractScenario.ListAsync(scenario.Buyer), c => c.Count > 0, "the contract of the award");
        var contract = contracts.Single()!;

        Assert.Multiple(() =>
        {
            Assert.That(contract["award"]!["referralId"]!.GetValue<Guid>(), Is.EqualTo(scenario.ReferralId));
            Assert.That(contract["supplierId"]!.GetValue<Guid>(), Is.EqualTo(scenario["Y"].Bid.SupplierId));
            Assert.That(contract["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3300m));
            Assert.That(contract["serviceUserReference"]!.GetValue<string>(), Is.EqualTo("WSCC-20260001"));
        });
    }

    [Test]
    public async Task An_offer_match_award_with_a_funding_model_is_a_call_off_and_a_direct_placement_keeps_its_justification()
    {
        var offerMatch = ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: ContractScenario.Engagement);
        var direct = ContractScenario.Award(AwardRoute.DirectPlacement, authorityId: offerMatch.AuthorityId);
        await ContractScenario.DeliverAsync(Api, offerMatch);
        await ContractScenario.DeliverAsync(Api, direct);
        var buyer = await ContractScenario.BuyerAsync(Api, offerMatch);

        var callOff = await ContractScenario.ContractOfAsync(buyer, offerMatch);
        var placement = await ContractScenario.ContractOfAsync(buyer, direct);

        Assert.Multiple(() =>
        {
            Assert.That(callOff["kind"]!.GetValue<string>(), Is.EqualTo("CallOff"));
            Assert.That(callOff["priceBasis"]!.GetValue<string>(), Is.EqualTo("Participant"));
            Assert.That(callOff["fundingModel"]!["completionSharePercent"]!.GetValue<decimal>(), Is.EqualTo(70m));
            Assert.That(callOff["fundingModel"]!["trackingWindowWeeks"]!.GetValue<int>(), Is.EqualTo(13));
            Assert.That(placement["award"]!["route"]!.GetValue<string>(), Is.EqualTo("DirectPlacement"));
            Assert.That(placement["award"]!["referralId"], Is.Null);
            Assert.That(placement["award"]!["reason"]!.GetValue<string>(), Is.EqualTo("ParentalPreference"));
            Assert.That(placement["award"]!["justification"]!.GetValue<string>(), Does.Contain("nearest the family"));
        });
    }

    [Test]
    public async Task Buyers_see_their_authority_s_contracts_suppliers_their_own_and_the_manager_and_auditors_all()
    {
        var award = ContractScenario.Award();
        var other = ContractScenario.Award();
        await ContractScenario.DeliverAsync(Api, award);
        await ContractScenario.DeliverAsync(Api, other);
        var contract = await ContractScenario.ContractOfAsync(await ContractScenario.BuyerAsync(Api, award), award);
        var path = $"/api/v1/contracts/{contract["id"]}";
        var supplier = await ContractScenario.SupplierAsync(Api, award);
        var otherBuyer = await ContractScenario.BuyerAsync(Api, other);
        var otherSupplier = await ContractScenario.SupplierAsync(Api, other);
        var manager = await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1");
        var auditor = await CompetitionScenario.ClientAsync(Api, DpsRoles.Auditor, "auditor-1");

        Assert.Multiple(async () =>
        {
            Assert.That((await supplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await manager.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await auditor.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await otherBuyer.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await otherSupplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Api.CreateClient().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await ContractScenario.ListAsync(supplier)).Select(c => c!["award"]!["awardId"]!.GetValue<Guid>()), Is.EqualTo(new[] { award.AwardId }));
            Assert.That((await ContractScenario.ListAsync(otherBuyer)).Select(c => c!["award"]!["awardId"]!.GetValue<Guid>()), Is.EqualTo(new[] { other.AwardId }));
            Assert.That((await ContractScenario.ListAsync(manager, $"&supplierId={award.SupplierId}")), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task The_buyer_completes_a_contract_within_its_term_once_and_only_the_buyer_may()
    {
        var award = ContractScenario.Award();
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);
        var path = $"/api/v1/contracts/{contract["id"]}";

        var bySupplier = await (await ContractScenario.SupplierAsync(Api, award)).PostAsJsonAsync($"{path}/complete", new { completedOn = "2027-10-03" });
        var afterTerm = await buyer.PostAsJsonAsync($"{path}/complete", new { completedOn = "2027-10-04" });
        var completed = await buyer.PostAsJsonAsync($"{path}/complete", new { completedOn = "2027-10-03" });
        var terminated = await buyer.PostAsJsonAsync($"{path}/terminate", new { terminatedOn = "2027-09-01", reason = "Placement breakdown." });

        await BidScenario.AssertRuleAsync(afterTerm, HttpStatusCode.UnprocessableEntity, "ContractEndsWithinItsTerm");
        await BidScenario.AssertRuleAsync(terminated, HttpStatusCode.Conflict, "ContractMustBeActive");
        Assert.Multiple(async () =>
        {
            Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(completed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await completed.Content.ReadAsStringAsync());
            var body = await completed.JsonAsync();
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(body["completedOn"]!.GetValue<string>(), Is.EqualTo("2027-10-03"));
        });
    }

    [Test]
    public async Task A_termination_needs_a_reason_and_a_stale_if_match_is_a_412()
    {
        var award = ContractScenario.Award();
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);
        var path = $"/api/v1/contracts/{contract["id"]}";
        var etag = (await buyer.GetAsync(path)).Headers.ETag!;

        var blank = await buyer.PostAsJsonAsync($"{path}/terminate", new { terminatedOn = "2027-03-01", reason = "  " });
        var terminated = await buyer.PostAsJsonAsync($"{path}/terminate", new { terminatedOn = "2027-03-01", reason = "The service user moved out of the area." });
        var stale = new HttpRequestMessage(HttpMethod.Post, $"{path}/complete") { Content = JsonContent.Create(new { completedOn = "2027-10-03" }) };
        stale.Headers.IfMatch.Add(etag);
        var staleAnswer = await buyer.SendAsync(stale);
        var audited = await Sql.CountAsync(
            ConnectionString, "SELECT count(*) FROM contract_management.audit_entries WHERE entity_id = @p0::text AND action = 'TerminateContract'", contract["id"]!.GetValue<Guid>());

        Assert.Multiple(async () =>
        {
            Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await blank.Content.ReadAsStringAsync(), Does.Contain("reason").IgnoreCase);
            Assert.That(terminated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await terminated.Content.ReadAsStringAsync());
            var body = await terminated.JsonAsync();
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Terminated"));
            Assert.That(body["terminationReason"]!.GetValue<string>(), Is.EqualTo("The service user moved out of the area."));
            Assert.That(staleAnswer.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(audited, Is.EqualTo(1));
        });
    }
}
