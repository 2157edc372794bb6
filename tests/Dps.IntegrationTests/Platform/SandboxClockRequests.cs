using System.Net.Http.Headers;
using Dps.Api.Auth;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

internal static class SandboxClockRequests
{
    public const string Path = "/api/v1/sandbox/clock";

    public const string SigningKey = "a-signing-key-for-hosts-outside-development";

    /// <summary>How far ahead of real time the clock is, as GET /sandbox/clock shows it.</summary>
    public static async Task<string> OffsetAsync(this HttpClient client)
    {
        var response = await client.GetAsync(Path);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["offset"]!.GetValue<string>();
    }

    /// <summary>A manager's client for a host outside Development, where /dev/tokens is not mapped.</summary>
    public static HttpClient ManagerOf(DpsApiFactory api)
    {
        var client = api.CreateClient();
        var token = DevTokenEndpoints.Mint(
            new DevTokenEndpoints.DevTokenRequest(DpsRoles.Manager, null, null, null), new AuthSettings { SigningKey = SigningKey }, DateTimeOffset.UtcNow);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
