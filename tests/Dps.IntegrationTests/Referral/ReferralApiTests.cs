using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Referral;

public sealed class ReferralApiTests : ApiTest
{
    [Test]
    public async Task A_buyer_raises_a_draft_with_the_taxonomy_marks_and_the_defaults()
    {
        var scenario = await ReferralScenario.StartAsync(Api);

        var raised = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", scenario.Body());

        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.Created), await raised.Content.ReadAsStringAsync());
        var referral = await raised.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(raised.Headers.Location!.ToString(), Does.EndWith($"/api/v1/referrals/{referral.Id()}"));
            Assert.That(raised.Headers.ETag, Is.Not.Null);
            Assert.That(referral["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
            Assert.That(referral["kind"]!.GetValue<string>(), Is.EqualTo("Referral"));
            Assert.That(referral["authorityId"]!.GetValue<Guid>(), Is.EqualTo(Requests.LeadAuthorityId));
            Assert.That(referral["requiredNeeds"]!.AsArray().Select(n => $"{n!["code"]}:{n["priority"]}:{n["mark"]}"), Is.EqualTo(new[] { "ASD:MustHave:10", "SLT:Desirable:8" }));
            Assert.That(referral["desiredFeatures"]![0]!["mark"]!.GetValue<decimal>(), Is.EqualTo(2m));
            Assert.That(referral["groupSize"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(referral["places"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(referral["weights"]!["price"]!.GetValue<decimal>(), Is.EqualTo(50m));
        });
    }

    [Test]
    public async Task Weights_outside_their_limits_are_refused_by_field()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var body = scenario.Body();
        body["weights"] = new System.Text.Json.Nodes.JsonObject
        {
            ["price"] = 75, ["needs"] = 0, ["features"] = 0, ["location"] = 6, ["coreCompetency"] = 21, ["outcomes"] = 0,
        };

        var raised = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", body);

        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = await raised.ValidationErrorsAsync();
        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "weights.price", "weights.location", "weights.coreCompetency" }));

        body["weights"] = new System.Text.Json.Nodes.JsonObject
        {
            ["price"] = 50, ["needs"] = 20, ["features"] = 5, ["location"] = 5, ["coreCompetency"] = 10, ["outcomes"] = 5,
        };
        var notHundred = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", body);
        Assert.That((await notHundred.ValidationErrorsAsync()).Keys, Is.EqualTo(new[] { "weights" }));
    }

    [TestCase("Jane Smith")]
    [TestCase("KCC-12")]
    [TestCase("kcc-20261234")]
    public async Task A_service_user_reference_that_could_be_a_name_is_refused(string reference)
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var body = scenario.Body();
        body["serviceUserReference"] = reference;

        var raised = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", body);

        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await raised.ValidationErrorsAsync()).Keys, Is.EqualTo(new[] { "serviceUserReference" }));
    }

    [Test]
    public async Task A_buyer_of_an_authority_outside_the_dps_is_forbidden_and_unknown_codes_are_refused()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var outsiderAuthority = Guid.NewGuid();
        var outsider = await Api.ClientAsAsync(DpsRoles.Buyer, authorityId: outsiderAuthority);
        var body = scenario.Body();

        var forbidden = await outsider.PostAsJsonAsync("/api/v1/referrals", body);
        body["requiredNeeds"]![0]!["code"] = "DYSLEXIA";
        var unknown = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", body);

        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await unknown.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("ReferralCodesMustBeInTheTaxonomy"));
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.referrals WHERE authority_id = @p0", outsiderAuthority), Is.Zero);
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.referrals WHERE terms::text LIKE '%DYSLEXIA%'"), Is.Zero);
    }

    [Test]
    public async Task A_draft_is_revised_with_if_match_and_a_published_one_no_longer_changes()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        await scenario.AdmitAsync("Near", 5);
        var raised = await scenario.Buyer.PostAsJsonAsync("/api/v1/referrals", scenario.Body());
        var referral = await raised.JsonAsync();
        var path = $"/api/v1/referrals/{referral.Id()}";
        var body = scenario.Body(limitMiles: 25);

        var revised = await scenario.Buyer.SendAsync(Qualification.SupplierRequests.Put(path, body, raised.Headers.ETag!.Tag));
        var stale = await scenario.Buyer.SendAsync(Qualification.SupplierRequests.Put(path, body, raised.Headers.ETag!.Tag));
        await scenario.PublishAsync(referral);
        var afterPublication = await scenario.Buyer.SendAsync(Qualification.SupplierRequests.Put(path, body, null));

        Assert.That(revised.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revised.Content.ReadAsStringAsync());
        Assert.That((await revised.JsonAsync())["geographicLimitMiles"]!.GetValue<decimal>(), Is.EqualTo(25m));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(afterPublication.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await afterPublication.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("ReferralMustBeADraft"));
    }

    [Test]
    public async Task Cancelling_records_the_reason_and_a_cancelled_referral_cannot_be_cancelled_again()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var referral = await scenario.RaiseAsync();
        var path = $"/api/v1/referrals/{referral.Id()}/cancel";

        var cancelled = await scenario.Buyer.PostAsJsonAsync(path, new { reason = "The family moved away" });
        var again = await scenario.Buyer.PostAsJsonAsync(path, new { reason = "Twice" });

        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
        var body = await cancelled.JsonAsync();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
        Assert.That(body["cancellationReason"]!.GetValue<string>(), Is.EqualTo("The family moved away"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await again.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("ReferralMustNotBeFinished"));
    }
}
