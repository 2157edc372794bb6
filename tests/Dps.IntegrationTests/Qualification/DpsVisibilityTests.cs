using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

/// <summary>A buyer sees the DPSs its authority takes part in, and nothing of any other; everyone else sees them all.</summary>
public sealed class DpsVisibilityTests : ApiTest
{
    private static readonly Guid ElsewhereAuthorityId = Guid.NewGuid();

    private Guid _dpsId;
    private Guid _categoryId;
    private Guid _elsewhereDpsId;

    [OneTimeSetUp]
    public async Task CreateDpss()
    {
        var manager = await AsManagerAsync();
        _dpsId = (await manager.CreateDpsAsync()).Id();
        _categoryId = (await manager.AddCategoryAsync(_dpsId, "SEN")).Id();
        _elsewhereDpsId = (await manager.CreateDpsOfAsync(ElsewhereAuthorityId)).Id();
    }

    [Test]
    public async Task A_buyer_lists_only_the_dpss_its_authority_takes_part_in()
    {
        var partners = await DpsIdsAsync(await BuyerOfAsync(Requests.PartnerAuthorityId));
        var elsewheres = await DpsIdsAsync(await BuyerOfAsync(ElsewhereAuthorityId));
        var outsiders = await DpsIdsAsync(await BuyerOfAsync(Guid.NewGuid()));

        Assert.That(partners, Does.Contain(_dpsId).And.No.Member(_elsewhereDpsId));
        Assert.That(elsewheres, Is.EqualTo(new[] { _elsewhereDpsId }));
        Assert.That(outsiders, Is.Empty);
    }

    [Test]
    public async Task Everything_of_a_dps_answers_404_to_a_buyer_whose_authority_takes_no_part_and_200_to_one_that_does()
    {
        var paths = PathsOf(_dpsId, _categoryId);

        var outsider = await (await BuyerOfAsync(ElsewhereAuthorityId)).StatusesAsync(paths);
        var lead = await (await BuyerOfAsync(Requests.LeadAuthorityId)).StatusesAsync(paths);

        Assert.That(outsider, Is.EqualTo(paths.ToDictionary(p => p, _ => HttpStatusCode.NotFound)));
        Assert.That(lead, Is.EqualTo(paths.ToDictionary(p => p, _ => HttpStatusCode.OK)));
    }

    [Test]
    public async Task The_manager_auditors_and_suppliers_see_every_dps()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var auditor = await AsAsync(DpsRoles.Auditor);

        var suppliers = await DpsIdsAsync(supplier);
        var auditors = await auditor.StatusesAsync(PathsOf(_dpsId, _categoryId));

        Assert.That(suppliers, Is.SupersetOf(new[] { _dpsId, _elsewhereDpsId }));
        Assert.That(auditors.Values, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_authority_added_to_a_dps_sees_it_at_once_and_one_taken_off_no_longer_does()
    {
        var manager = await AsManagerAsync();
        var dpsId = (await manager.CreateDpsAsync()).Id();
        var newcomerId = Guid.NewGuid();
        var newcomer = await BuyerOfAsync(newcomerId);
        var partner = await BuyerOfAsync(Requests.PartnerAuthorityId);
        var beforeJoining = await newcomer.GetAsync($"/api/v1/dps/{dpsId}");

        await manager.SetParticipantsAsync(dpsId, newcomerId);

        Assert.That(beforeJoining.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await newcomer.GetAsync($"/api/v1/dps/{dpsId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await partner.GetAsync($"/api/v1/dps/{dpsId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>The buyer-facing reads of a DPS and of one of its categories.</summary>
    private static string[] PathsOf(Guid dpsId, Guid categoryId) =>
    [
        $"/api/v1/dps/{dpsId}",
        $"/api/v1/dps/{dpsId}/categories",
        $"/api/v1/dps/{dpsId}/categories/{categoryId}",
        $"/api/v1/dps/{dpsId}/categories/{categoryId}/criteria",
        $"/api/v1/dps/{dpsId}/validity-changes",
        $"/api/v1/dps/{dpsId}/entry-windows",
    ];

    private Task<HttpClient> BuyerOfAsync(Guid authorityId) => AsAsync(DpsRoles.Buyer, authorityId: authorityId);

    private static async Task<List<Guid>> DpsIdsAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/dps?pageSize=200")).JsonAsync();
        return [.. page["items"]!.AsArray().Select(d => d!.AsObject().Id())];
    }
}
