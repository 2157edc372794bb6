using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dps.Bench;

internal static class DevTokens
{
    /// <summary>Makes the client's requests carry a token minted by /dev/tokens for these claims (role, authorityId, supplierId).</summary>
    public static async Task<HttpClient> ActingAsAsync(this HttpClient client, object claims)
    {
        var minted = await client.PostAsJsonAsync("/dev/tokens", claims);
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
