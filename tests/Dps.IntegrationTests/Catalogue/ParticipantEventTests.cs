using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using static Dps.IntegrationTests.Catalogue.BuyerRequests;
using static Dps.IntegrationTests.Catalogue.CatalogueEvents;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>Who takes part in a DPS follows Qualification's events, in whatever order the outbox delivers them.</summary>
public sealed class ParticipantEventTests : ApiTest
{
    private const string Participants = "SELECT count(*) FROM catalogue.dps_participants WHERE dps_id = @p0";

    [Test]
    public async Task A_change_of_participants_delivered_after_a_later_one_changes_nothing()
    {
        var (dpsId, taxonomy) = await OpenCategoryAsync();
        var (earlierId, laterId) = (Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;

        await PublishAsync(Api, Change(dpsId, now.AddMinutes(-1), laterId));
        await PublishAsync(Api, Change(dpsId, now.AddMinutes(-2), earlierId));

        Assert.That((await (await BuyerOfAsync(laterId)).GetAsync(taxonomy)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await (await BuyerOfAsync(earlierId)).GetAsync(taxonomy)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Sql.CountAsync(ConnectionString, Participants, dpsId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_redelivered_change_changes_nothing_twice()
    {
        var (dpsId, taxonomy) = await OpenCategoryAsync();
        var (firstId, secondId) = (Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;
        var first = Change(dpsId, now.AddMinutes(-2), firstId);

        await PublishAsync(Api, first);
        await PublishAsync(Api, Change(dpsId, now.AddMinutes(-1), secondId));
        await PublishAsync(Api, first with { OccurredAt = now });

        Assert.That((await (await BuyerOfAsync(secondId)).GetAsync(taxonomy)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the redelivery was recognised by its id");
        Assert.That((await (await BuyerOfAsync(firstId)).GetAsync(taxonomy)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Participants_learnt_before_the_category_let_their_buyers_in_once_its_taxonomy_opens()
    {
        var (dpsId, categoryId) = (Guid.NewGuid(), Guid.NewGuid());
        var authorityId = Guid.NewGuid();
        var buyer = await BuyerOfAsync(authorityId);

        await PublishAsync(Api, Change(dpsId, DateTimeOffset.UtcNow, authorityId));
        var beforeTheCategory = await buyer.GetAsync(TaxonomyPath(dpsId, categoryId));
        await PublishAsync(Api, new CategoryAddedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, categoryId, dpsId, "Engagement"));

        var outsider = await BuyerOfAsync(Guid.NewGuid());

        Assert.That(beforeTheCategory.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await buyer.GetAsync(TaxonomyPath(dpsId, categoryId))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await outsider.GetAsync(TaxonomyPath(dpsId, categoryId))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static DpsParticipantsChangedIntegrationEvent Change(Guid dpsId, DateTimeOffset occurredAt, params Guid[] authorityIds) =>
        new(Guid.NewGuid(), occurredAt, dpsId, authorityIds);

    /// <summary>A category of a new DPS, its taxonomy opened; no one takes part in the DPS yet.</summary>
    private async Task<(Guid DpsId, string TaxonomyPath)> OpenCategoryAsync()
    {
        var (dpsId, categoryId) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(Api, new CategoryAddedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, categoryId, dpsId, "Engagement"));
        return (dpsId, TaxonomyPath(dpsId, categoryId));
    }

    private Task<HttpClient> BuyerOfAsync(Guid authorityId) => AsAsync(DpsRoles.Buyer, authorityId: authorityId);
}
