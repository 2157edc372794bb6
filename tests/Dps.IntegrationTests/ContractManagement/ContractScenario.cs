using System.Net;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>Awards as Evaluation and Referral raise them, delivered to ContractManagement as the outbox would.</summary>
public static class ContractScenario
{
    public static readonly AwardedFundingModel Engagement = new(Guid.NewGuid(), 30m, 70m, 0m, 4, 13);

    /// <summary>A competition's award of £3,000 a week for 39 weeks from 4 January 2027, to a new supplier of a new authority.</summary>
    public static ServiceAwardedIntegrationEvent Award(
        AwardRoute route = AwardRoute.Competition, Guid? authorityId = null, Guid? supplierId = null, AwardedFundingModel? fundingModel = null) => new(
        Guid.NewGuid(),
        DateTimeOffset.UtcNow,
        Guid.CreateVersion7(),
        route,
        route == AwardRoute.DirectPlacement ? null : Guid.CreateVersion7(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        authorityId ?? Guid.NewGuid(),
        supplierId ?? Guid.NewGuid(),
        Guid.NewGuid(),
        "WSCC-20260001",
        new Money(3000m, "GBP"),
        fundingModel is null ? "Week" : "Participant",
        [new AwardedCostLine("STAFFING", "Staffing", new Money(2900m, "GBP")), new AwardedCostLine("VAR-1", "1:1 support", new Money(100m, "GBP"))],
        new DateOnly(2027, 1, 4),
        39,
        1,
        fundingModel,
        DateTimeOffset.UtcNow,
        route == AwardRoute.DirectPlacement ? "ParentalPreference" : null,
        route == AwardRoute.DirectPlacement ? "The parents chose the school nearest the family." : null);

    public static Task DeliverAsync(DpsApiFactory api, ServiceAwardedIntegrationEvent award) => CatalogueEvents.PublishAsync(api, award);

    public static Task<HttpClient> BuyerAsync(DpsApiFactory api, ServiceAwardedIntegrationEvent award) =>
        CompetitionScenario.ClientAsync(api, DpsRoles.Buyer, "buyer-1", authorityId: award.AuthorityId);

    public static Task<HttpClient> SupplierAsync(DpsApiFactory api, ServiceAwardedIntegrationEvent award) =>
        CompetitionScenario.ClientAsync(api, DpsRoles.Supplier, "supplier-1", supplierId: award.SupplierId);

    /// <summary>The contracts a client sees, all on one page.</summary>
    public static async Task<JsonArray> ListAsync(HttpClient client, string query = "")
    {
        var listed = await client.GetAsync($"/api/v1/contracts?pageSize=100{query}");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        return (await listed.JsonAsync())["items"]!.AsArray();
    }

    /// <summary>The one contract made from the award, as the buyer sees it.</summary>
    public static async Task<JsonObject> ContractOfAsync(HttpClient buyer, ServiceAwardedIntegrationEvent award) =>
        (await ListAsync(buyer)).Single(c => c!["award"]!["awardId"]!.GetValue<Guid>() == award.AwardId)!.AsObject();

    /// <summary>A Qualification scenario's establishment admitted to SEN (score 68.00), holding a contract there from <c>Award</c>.</summary>
    public static async Task<(QualificationScenario Scenario, JsonObject Membership, ServiceAwardedIntegrationEvent Award)> ContractedMemberAsync(
        DpsApiFactory api, DateTimeOffset? awardedAt = null)
    {
        var scenario = await QualificationScenario.StartAsync(api);
        var membership = await scenario.AdmittedToSenAsync();
        var award = Award(supplierId: scenario.SupplierId) with
        {
            CategoryId = scenario.Sen, EstablishmentId = scenario.EstablishmentId, DpsId = scenario.DpsId, AwardedAt = awardedAt ?? DateTimeOffset.UtcNow,
        };
        await DeliverAsync(api, award);
        return (scenario, membership, award);
    }
}
