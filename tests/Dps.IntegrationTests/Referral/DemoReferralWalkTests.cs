using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.DemoData;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Referral;

/// <summary>The README's referral walk on the demo data: Kent's published SEN referral, widened from 30 to 40 miles.</summary>
public sealed class DemoReferralWalkTests : ApiTest
{
    protected override Dictionary<string, string?> HostSettings => new() { ["DemoData:Seed"] = "true" };

    [Test]
    public async Task Widening_the_demo_referral_to_40_miles_invites_Chichester_Park_and_Medway_Valley_in_a_second_round()
    {
        var kent = await AsAsync(DpsRoles.Buyer, authorityId: DemoPurchasingSystems.Kent.Id);
        var referral = (await (await kent.GetAsync("/api/v1/referrals")).JsonAsync())["items"]!.AsArray().Single()!.AsObject();

        var narrower = await kent.PostAsJsonAsync($"/api/v1/referrals/{referral.Id()}/widen", new { geographicLimitMiles = 25 });
        var widened = await kent.PostAsJsonAsync($"/api/v1/referrals/{referral.Id()}/widen", new { geographicLimitMiles = 40 });
        var invitations = (await (await kent.GetAsync($"/api/v1/referrals/{referral.Id()}/invitations")).JsonAsync())["items"]!.AsArray();

        Assert.Multiple(async () =>
        {
            Assert.That(narrower.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await narrower.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("GeographicLimitMayOnlyWiden"));
            Assert.That(widened.StatusCode, Is.EqualTo(HttpStatusCode.OK), await widened.Content.ReadAsStringAsync());
            Assert.That(
                invitations.Select(i => $"{i!["establishmentName"]}:{i["round"]}"),
                Is.EquivalentTo(new[]
                {
                    "Weald House:1", "Ashdown Lodge School:1", "Downsview School:1",
                    "Chichester Park School:2", "Medway Valley School:2",
                }),
                "the earlier invitations stand; the suspended Harbourside School is never invited");
        });
    }
}
