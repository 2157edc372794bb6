using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

/// <summary>
/// A DPS with two categories (SEN, Residential care) whose criteria are set, a registered supplier with one
/// establishment, and the calls of the application and membership life cycle.
/// </summary>
public sealed class QualificationScenario
{
    public const string PassFailOne = "PF1";
    public const string PassFailTwo = "PF2";

    private QualificationScenario(HttpClient manager, HttpClient supplier, Guid dpsId, Guid sen, Guid residential, Guid supplierId, Guid establishmentId)
    {
        Manager = manager;
        Supplier = supplier;
        DpsId = dpsId;
        Sen = sen;
        Residential = residential;
        SupplierId = supplierId;
        EstablishmentId = establishmentId;
    }

    public HttpClient Manager { get; }

    public HttpClient Supplier { get; }

    public Guid DpsId { get; }

    public Guid Sen { get; }

    public Guid Residential { get; }

    public Guid SupplierId { get; }

    public Guid EstablishmentId { get; }

    /// <summary>A new DPS — led by the usual lead authority, or by <paramref name="authorityId"/> alone — with SEN and Residential care, and a supplier with one establishment.</summary>
    public static async Task<QualificationScenario> StartAsync(DpsApiFactory api, Guid? authorityId = null)
    {
        var manager = await api.ClientAsAsync(DpsRoles.Manager);
        var dps = authorityId is { } only ? await manager.CreateDpsOfAsync(only) : await manager.CreateDpsAsync();
        var sen = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var residential = await manager.AddCategoryAsync(dps.Id(), "Residential care");
        foreach (var category in new[] { sen, residential })
        {
            var set = await manager.PutAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories/{category.Id()}/criteria", Criteria());
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        }

        var supplierId = Guid.NewGuid();
        var supplier = await api.ClientAsAsync(DpsRoles.Supplier, supplierId: supplierId);
        await supplier.RegisterSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);
        return new QualificationScenario(manager, supplier, dps.Id(), sen.Id(), residential.Id(), supplierId, establishment.Id());
    }

    public static object Criteria(decimal cap = 3000m) => new
    {
        passFailCriteria = new[]
        {
            new { code = PassFailOne, title = "Insurances at the category's levels", guidance = (string?)null },
            new { code = PassFailTwo, title = "Ofsted rating of Requires improvement or better", guidance = (string?)null },
        },
        methodStatements = new[]
        {
            new { code = "MS1", title = "Workforce", weight = 60 },
            new { code = "MS2", title = "Working to the outcomes framework", weight = 40 },
        },
        insuranceRequirements = Array.Empty<object>(),
        coreCostLines = new[] { new { code = "PREMISES", name = "Premises" }, new { code = "STAFFING", name = "Core staffing" } },
        affordabilityCap = new { amount = cap, currency = "GBP" },
    };

    public static object CategoryInput(Guid categoryId, decimal premises = 1200m, decimal staffing = 1500m, bool answerAll = true) => new
    {
        categoryId,
        answers = new[] { PassFailOne, PassFailTwo, "MS1", "MS2" }
            .Where(code => answerAll || code != "MS2")
            .Select(code => new { criterionCode = code, response = $"Our answer to {code}", evidenceReferences = new[] { $"evidence/{code}.pdf" } }),
        coreCosts = new[]
        {
            new { lineCode = "PREMISES", amount = new { amount = premises, currency = "GBP" } },
            new { lineCode = "STAFFING", amount = new { amount = staffing, currency = "GBP" } },
        },
        discounts = new { cohortPercent = 5m, siblingPercent = 10m },
    };

    public async Task<HttpResponseMessage> DraftAsync(params object[] categories) =>
        await Supplier.PostAsJsonAsync("/api/v1/applications", new { establishmentId = EstablishmentId, dpsId = DpsId, categories });

    /// <summary>A submitted application to both categories.</summary>
    public async Task<JsonObject> SubmittedApplicationAsync()
    {
        var draft = await DraftAsync(CategoryInput(Sen), CategoryInput(Residential));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.Created), await draft.Content.ReadAsStringAsync());
        var submitted = await Supplier.PostAsync($"/api/v1/applications/{(await draft.JsonAsync()).Id()}/submit", null);
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.Content.ReadAsStringAsync());
        return await submitted.JsonAsync();
    }

    public Task<HttpResponseMessage> EvaluateAsync(Guid applicationId, Guid categoryId, bool passFailTwoPasses = true, int firstScore = 80, int secondScore = 50) =>
        Manager.PostAsJsonAsync($"/api/v1/applications/{applicationId}/evaluation", new
        {
            categoryId,
            decisions = new[]
            {
                new { criterionCode = PassFailOne, passed = true, note = (string?)null },
                new { criterionCode = PassFailTwo, passed = passFailTwoPasses, note = (string?)(passFailTwoPasses ? null : "Latest rating: Inadequate") },
            },
            scores = new[] { new { criterionCode = "MS1", score = firstScore }, new { criterionCode = "MS2", score = secondScore } },
        });

    /// <summary>SEN admitted (score 68.00), Residential care rejected for PF2; returns the SEN membership.</summary>
    public async Task<JsonObject> AdmittedToSenAsync()
    {
        var application = await SubmittedApplicationAsync();
        (await EvaluateAsync(application.Id(), Sen)).EnsureSuccessStatusCode();
        (await EvaluateAsync(application.Id(), Residential, passFailTwoPasses: false)).EnsureSuccessStatusCode();
        (await Manager.PostAsync($"/api/v1/applications/{application.Id()}/decision", null)).EnsureSuccessStatusCode();
        var memberships = await (await Manager.GetAsync($"/api/v1/memberships?establishmentId={EstablishmentId}")).JsonAsync();
        return memberships["items"]!.AsArray().Single()!.AsObject();
    }
}
