using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Valid request bodies, and the calls most tests start from.</summary>
public static class Requests
{
    public static readonly Guid LeadAuthorityId = Guid.Parse("11111111-0000-4000-8000-000000000001");
    public static readonly Guid PartnerAuthorityId = Guid.Parse("11111111-0000-4000-8000-000000000002");

    /// <summary>Today where the scheme runs (Europe/London), as the API computes it.</summary>
    public static DateOnly SchemeToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    public static string UniqueReference() => $"DPS-{Guid.NewGuid():N}"[..20];

    public static object NewDps(string? reference = null) => new
    {
        reference = reference ?? UniqueReference(),
        title = "Placements for children with SEN",
        leadAuthority = new { id = LeadAuthorityId, name = "West Sussex County Council" },
        participatingAuthorities = new[]
        {
            new { id = LeadAuthorityId, name = "West Sussex County Council" },
            new { id = PartnerAuthorityId, name = "Kent County Council" },
        },
        validFrom = "2026-01-01",
        validUntil = "2030-12-31",
    };

    /// <summary>A valid DPS body as JSON, for tests that change one member.</summary>
    public static JsonObject NewDpsJson() => JsonSerializer.SerializeToNode(NewDps())!.AsObject();

    public static async Task<JsonObject> CreateDpsAsync(this HttpClient manager, string? reference = null)
    {
        var response = await manager.PostAsJsonAsync("/api/v1/dps", NewDps(reference));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>A DPS led by the authority, the only one taking part.</summary>
    public static async Task<JsonObject> CreateDpsOfAsync(this HttpClient manager, Guid authorityId)
    {
        var body = NewDpsJson();
        body["leadAuthority"] = AuthorityJson(authorityId);
        body["participatingAuthorities"] = new JsonArray(AuthorityJson(authorityId));
        var response = await manager.PostAsJsonAsync("/api/v1/dps", body);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Changes who takes part in a DPS of <see cref="NewDps"/> (led by <see cref="LeadAuthorityId"/>): the lead and these.</summary>
    public static async Task SetParticipantsAsync(this HttpClient manager, Guid dpsId, params Guid[] authorityIds)
    {
        var participants = new JsonArray([.. new[] { LeadAuthorityId }.Concat(authorityIds).Select(id => (JsonNode)AuthorityJson(id))]);
        var response = await manager.PutAsJsonAsync($"/api/v1/dps/{dpsId}", new JsonObject { ["title"] = "Placements", ["participatingAuthorities"] = participants });
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonObject> AddCategoryAsync(this HttpClient manager, Guid dpsId, string name)
    {
        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dpsId}/categories", new { name, description = $"{name} placements" });
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject AuthorityJson(Guid id) => new() { ["id"] = id, ["name"] = $"Authority {id:N}"[..20] };

    public static Guid Id(this JsonObject resource) => resource["id"]!.GetValue<Guid>();

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    /// <summary>The status of a GET of each path, by path.</summary>
    public static async Task<Dictionary<string, System.Net.HttpStatusCode>> StatusesAsync(this HttpClient client, params string[] paths)
    {
        var answers = new Dictionary<string, System.Net.HttpStatusCode>();
        foreach (var path in paths)
        {
            answers[path] = (await client.GetAsync(path)).StatusCode;
        }

        return answers;
    }

    /// <summary>The <c>errors</c> member of a validation problem document, by field.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ValidationErrorsAsync(this HttpResponseMessage response)
    {
        var problem = await response.JsonAsync();
        return problem["errors"]?.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray())
            ?? throw new AssertionException($"No 'errors' in: {problem.ToJsonString()}");
    }
}
