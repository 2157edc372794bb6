using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.Referral.IntegrationEvents;
using Dps.UnitTests.ContractManagement.Publications;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>The quarterly award publication, as anyone reads it without a token: OCDS validated against the schemas, and CSV.</summary>
public sealed class PublicationApiTests : ApiTest
{
    private static readonly DateTimeOffset InQuarter = new(2027, 2, 10, 11, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_quarter_s_awards_are_a_valid_OCDS_release_package_naming_no_service_user()
    {
        var (_, _, contracted) = await ContractScenario.ContractedMemberAsync(Api, awardedAt: InQuarter);
        var direct = ContractScenario.Award(AwardRoute.DirectPlacement) with { AwardedAt = InQuarter.AddDays(1) };
        var nextQuarter = ContractScenario.Award() with { AwardedAt = new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero) };
        await ContractScenario.DeliverAsync(Api, direct);
        await ContractScenario.DeliverAsync(Api, nextQuarter);

        var published = await Api.CreateClient().GetAsync("/api/v1/publications/awards?quarter=2027-Q1&format=ocds");
        var json = await published.Content.ReadAsStringAsync();
        var package = JsonNode.Parse(json)!;
        var releases = package["releases"]!.AsArray();

        Assert.Multiple(async () =>
        {
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
            Assert.That(published.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(await OcdsSchemas.ErrorsOf(json), Is.Empty);
            Assert.That(releases.Select(r => r!["awards"]![0]!["id"]!.GetValue<string>()), Is.EqualTo(new[] { contracted.AwardId.ToString(), direct.AwardId.ToString() }));
            var competition = releases[0]!;
            Assert.That(competition["ocid"]!.GetValue<string>(), Is.EqualTo($"ocds-dps01-{contracted.ReferralId}"));
            Assert.That(competition["tender"]!["techniques"]!["hasDynamicPurchasingSystem"]!.GetValue<bool>(), Is.True);
            Assert.That(competition["awards"]![0]!["value"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(competition["awards"]![0]!["contractPeriod"]!["startDate"]!.GetValue<string>(), Does.StartWith("2027-01-04"));
            var supplier = competition["parties"]!.AsArray().Single(p => p!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "supplier"))!;
            Assert.That(supplier["name"]!.GetValue<string>(), Is.Not.Empty, "Qualification knows the supplier's name");
            Assert.That(releases[1]!["tender"]!["procurementMethodRationale"]!.GetValue<string>(), Does.Contain("nearest the family"));
            Assert.That(json, Does.Not.Contain("WSCC-20260001"));
            });
    }

    [Test]
    public async Task The_same_awards_as_CSV_and_a_bad_or_empty_quarter_answers_a_problem()
    {
        var award = ContractScenario.Award() with { AwardedAt = new DateTimeOffset(2028, 9, 30, 23, 59, 0, TimeSpan.Zero) };
        await ContractScenario.DeliverAsync(Api, award);
        var anyone = Api.CreateClient();

        var csv = await anyone.GetAsync("/api/v1/publications/awards?quarter=2028-Q3&format=CSV");
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var bad = await anyone.GetAsync("/api/v1/publications/awards?quarter=2027-Q5");
        var empty = await anyone.GetAsync("/api/v1/publications/awards?quarter=2019-Q1&format=ocds");

        Assert.Multiple(async () =>
        {
            Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(rows, Has.Length.EqualTo(2));
            Assert.That(rows[1], Does.Contain(award.AwardId.ToString()).And.Not.Contain("WSCC"));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("quarter").IgnoreCase);
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
