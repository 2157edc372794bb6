using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dps.Referral.Bench;

/// <summary>A DPS that Kent takes part in, with one category whose taxonomy the Catalogue has opened, set up through the API.</summary>
internal static class Scheme
{
    public static readonly Guid Kent = Guid.Parse("5e700000-0000-4000-8000-000000000005");

    /// <summary>A new DPS and a category in it, or (with <paramref name="dpsId"/>) another category of that DPS.</summary>
    public static async Task<(Guid DpsId, Guid CategoryId)> SetUpAsync(HttpClient manager, string categoryName, Guid? dpsId = null)
    {
        var kent = new { id = Kent, name = "Kent County Council" };
        var dps = dpsId ?? Id(await SendAsync(manager.PostAsJsonAsync("/api/v1/dps", new
        {
            reference = $"BENCH-{Guid.NewGuid():N}"[..20],
            title = "Referral benchmark",
            leadAuthority = kent,
            participatingAuthorities = new[] { kent },
            validFrom = "2026-01-01",
            validUntil = "2030-12-31",
        })));
        var category = await SendAsync(manager.PostAsJsonAsync($"/api/v1/dps/{dps}/categories", new { name = categoryName, description = "Benchmark" }));
        await SendAsync(manager.PutAsJsonAsync($"/api/v1/dps/{dps}/categories/{Id(category)}/criteria", new
        {
            passFailCriteria = new[] { new { code = "PF1", title = "Insurances", guidance = (string?)null } },
            methodStatements = new[] { new { code = "MS1", title = "Workforce", weight = 100 } },
            insuranceRequirements = Array.Empty<object>(),
            coreCostLines = new[] { new { code = "PREMISES", name = "Premises" }, new { code = "STAFFING", name = "Core staffing" } },
            affordabilityCap = new { amount = 5000m, currency = "GBP" },
        }));

        var taxonomyPath = $"/api/v1/dps/{dps}/categories/{Id(category)}/taxonomy";
        HttpResponseMessage taxonomy;
        while ((taxonomy = await manager.GetAsync(taxonomyPath)).StatusCode == HttpStatusCode.NotFound)
        {
            await Task.Delay(100);
        }

        var set = new HttpRequestMessage(HttpMethod.Put, taxonomyPath)
        {
            Content = JsonContent.Create(new
            {
                needs = Catalogue.Bench.Listings.Needs.Select(code => new { code, name = code, defaultMark = 5m }),
                features = Catalogue.Bench.Listings.Features.Select(code => new { code, name = code, defaultMark = 1m }),
            }),
        };
        set.Headers.TryAddWithoutValidation("If-Match", taxonomy.Headers.ETag!.Tag);
        await SendAsync(manager.SendAsync(set));
        return (dps, Id(category));
    }

    /// <summary>A referral at a point, with a 50-mile limit and a deadline 11 days away.</summary>
    public static object Referral(Guid categoryId, double latitude, double longitude, double limitMiles = 50) => new
    {
        categoryId,
        serviceUserReference = "KCC-20260001",
        requiredNeeds = new[] { new { code = "ASD", priority = "MustHave", mark = (decimal?)null }, new { code = "SLT", priority = "Desirable", mark = (decimal?)null } },
        desiredFeatures = new[] { new { code = "HALAL", mark = (decimal?)null } },
        desiredOutcomes = "Back in full-time education within two terms.",
        home = new { postcode = "ME14 1XX", latitude, longitude },
        geographicLimitMiles = limitMiles,
        startDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
        termWeeks = 39,
        priceBasis = "Week",
        groupSize = (int?)null,
        places = (int?)null,
        responseDeadline = DateTimeOffset.UtcNow.AddDays(11),
        weights = (object?)null,
    };

    public static async Task<JsonObject> SendAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }

    public static Guid Id(JsonObject resource) => resource["id"]!.GetValue<Guid>();
}
