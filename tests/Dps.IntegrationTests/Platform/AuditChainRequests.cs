using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

internal static class AuditChainRequests
{
    public static readonly string[] Stores = ["platform", "qualification", "catalogue", "referral", "evaluation", "contract_management"];

    /// <summary>GET /api/v1/audit/verify, which answers 200 whether or not the chains are intact.</summary>
    public static async Task<JsonObject> VerifyAuditTrailAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/audit/verify");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static JsonNode Chain(this JsonObject verification, string module) =>
        verification["modules"]!.AsArray().Single(m => m!["module"]!.GetValue<string>() == module)!;

    /// <summary>The id of the entry at this place in a module's chain, read as the owner.</summary>
    public static Task<Guid> EntryAtAsync(string owner, string module, long position) =>
        Sql.ScalarAsync<Guid>(owner, $"SELECT id FROM {module}.audit_entries WHERE chain_position = @p0", position);
}
