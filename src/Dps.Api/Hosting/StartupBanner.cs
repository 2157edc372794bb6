using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dps.Api.Hosting;

/// <summary>
/// Says where the API listens once it does: the addresses the server bound (so port 0 shows the port it was given, and
/// `--urls`, `ASPNETCORE_URLS` or `DPS_URLS` in build/run.sh all show as they took effect), never an address assumed.
/// </summary>
public static class StartupBanner
{
    public const string Category = "Dps.Api.Startup";

    /// <summary>Logs the banner when the server has started; nothing when it reports no addresses (the test server).</summary>
    public static void LogListeningAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
            foreach (var line in Lines(addresses))
            {
                logger.LogInformation("{Banner}", line);
            }
        });
    }

    /// <summary>
    /// One line per address: where the API listens and where its Swagger UI is. An address on every interface
    /// (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) is named as bound, and its Swagger UI on localhost, where a
    /// browser on the same machine finds it.
    /// </summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> addresses) =>
        addresses
            .Select(address => address.TrimEnd('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(address => $"Dps API listening on {address}; Swagger UI at {Browsable(address)}/swagger")
            .ToList();

    private static string Browsable(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return address;
        }

        var hostStart = scheme + 3;
        var portStart = address.LastIndexOf(':');
        var hostEnd = portStart > hostStart && !address[portStart..].Contains(']', StringComparison.Ordinal) ? portStart : address.Length;
        var host = address[hostStart..hostEnd];
        return host is "0.0.0.0" or "[::]" or "+" or "*"
            ? string.Concat(address.AsSpan(0, hostStart), "localhost", address.AsSpan(hostEnd))
            : address;
    }
}
