using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Races;

/// <summary>Qualification's uniqueness rules hold when their creates race: the database's unique indexes guard them.</summary>
public sealed class QualificationRaceTests : ApiTest
{
    [Test]
    public async Task Racing_drafts_give_one_open_application_per_establishment_and_dps()
    {
        var scenario = await QualificationScenario.StartAsync(Api);

        await Race.ExactlyOneWinsAsync(
            _ => scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen)),
            "OneOpenApplicationPerEstablishmentAndDps");
    }

    [Test]
    public async Task Racing_categories_give_one_name_per_dps_ignoring_case()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        await Race.ExactlyOneWinsAsync(
            i => manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = i % 2 == 0 ? "SEN" : "sen", description = "Placements" }),
            "CategoryNameMustBeUniqueWithinDps");
    }

    [Test]
    public async Task Racing_dpss_give_one_per_reference()
    {
        var manager = await AsManagerAsync();
        var reference = Requests.UniqueReference();

        await Race.ExactlyOneWinsAsync(_ => manager.PostAsJsonAsync("/api/v1/dps", Requests.NewDps(reference)), "DpsReferenceMustBeUnique");
    }

    [Test]
    public async Task Racing_registrations_give_one_supplier()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        await Race.ExactlyOneWinsAsync(_ => supplier.PostAsJsonAsync("/api/v1/suppliers", NewSupplier()), "SupplierMustRegisterOnlyOnce");
    }
}
