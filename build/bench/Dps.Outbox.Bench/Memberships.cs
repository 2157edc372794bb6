using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.Bench;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dps.Outbox.Bench;

/// <summary>
/// Admits, through the API, one establishment per writer to every category of a new DPS, so each writer adjusts
/// the scores of memberships of its own (no two writers race for one) and no membership's history grows too long.
/// </summary>
internal static class Memberships
{
    private static readonly string[] Criteria = ["PF1", "MS1"];
    private static readonly Guid LeadAuthority = Guid.Parse("5e700000-0000-4000-8000-000000000001");

    public static async Task<IReadOnlyList<Guid[]>> AdmitAsync(WebApplicationFactory<Program> api, HttpClient manager, int writers, int categories)
    {
        var dps = await SendAsync(manager.PostAsJsonAsync("/api/v1/dps", new
        {
            reference = $"BENCH-{Guid.NewGuid():N}"[..20],
            title = "Outbox benchmark",
            leadAuthority = new { id = LeadAuthority, name = "West Sussex County Council" },
            participatingAuthorities = new[] { new { id = LeadAuthority, name = "West Sussex County Council" } },
            validFrom = "2026-01-01",
            validUntil = "2030-12-31",
        }));
        var categoryIds = new List<Guid>();
        for (var i = 0; i < categories; i++)
        {
            var category = await SendAsync(manager.PostAsJsonAsync($"/api/v1/dps/{Id(dps)}/categories", new { name = $"Category {i}", description = "Benchmark" }));
            await SendAsync(manager.PutAsJsonAsync($"/api/v1/dps/{Id(dps)}/categories/{Id(category)}/criteria", new
            {
                passFailCriteria = new[] { new { code = Criteria[0], title = "Insurances", guidance = (string?)null } },
                methodStatements = new[] { new { code = Criteria[1], title = "Workforce", weight = 100 } },
                insuranceRequirements = Array.Empty<object>(),
                coreCostLines = new[] { new { code = "STAFFING", name = "Core staffing" } },
                affordabilityCap = new { amount = 3000m, currency = "GBP" },
            }));
            categoryIds.Add(Id(category));
        }

        var supplierId = Guid.NewGuid();
        var supplier = await api.CreateClient().ActingAsAsync(new { role = "supplier", supplierId });
        await SendAsync(supplier.PostAsJsonAsync("/api/v1/suppliers", new
        {
            name = "Benchmark Care Ltd",
            companyNumber = "01234567",
            isSme = true,
            contact = new { name = "Sam Patel", email = "sam.patel@bench.example", phone = "+44 1403 123456" },
        }));

        var byWriter = new List<Guid[]>();
        for (var writer = 0; writer < writers; writer++)
        {
            var establishment = await SendAsync(supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", new
            {
                name = $"Benchmark School {writer}",
                address = "1 Church Lane\nHorsham",
                postcode = "RH12 1AB",
                latitude = 51.0629,
                longitude = -0.3259,
                ofstedUrn = "123456",
                ofstedRating = "Good",
                capacity = 40,
            }));
            var draft = await SendAsync(supplier.PostAsJsonAsync("/api/v1/applications", new
            {
                establishmentId = Id(establishment),
                dpsId = Id(dps),
                categories = categoryIds.Select(categoryId => new
                {
                    categoryId,
                    answers = Criteria.Select(code => new { criterionCode = code, response = "Our answer", evidenceReferences = Array.Empty<string>() }),
                    coreCosts = new[] { new { lineCode = "STAFFING", amount = new { amount = 1500m, currency = "GBP" } } },
                    discounts = new { cohortPercent = 5m, siblingPercent = 10m },
                }),
            }));
            await SendAsync(supplier.PostAsync($"/api/v1/applications/{Id(draft)}/submit", null));
            foreach (var categoryId in categoryIds)
            {
                await SendAsync(manager.PostAsJsonAsync($"/api/v1/applications/{Id(draft)}/evaluation", new
                {
                    categoryId,
                    decisions = new[] { new { criterionCode = Criteria[0], passed = true, note = (string?)null } },
                    scores = new[] { new { criterionCode = Criteria[1], score = 60 } },
                }));
            }

            await SendAsync(manager.PostAsync($"/api/v1/applications/{Id(draft)}/decision", null));
            var memberships = await SendAsync(manager.GetAsync($"/api/v1/memberships?establishmentId={Id(establishment)}&pageSize=200"));
            byWriter.Add([.. memberships["items"]!.AsArray().Select(m => m!["id"]!.GetValue<Guid>())]);
        }

        return byWriter;
    }

    private static Guid Id(JsonObject resource) => resource["id"]!.GetValue<Guid>();

    private static async Task<JsonObject> SendAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }
}
