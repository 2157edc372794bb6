using Microsoft.Extensions.DependencyInjection;

namespace Dps.DemoData;

/// <summary>
/// The demo data as the host composes it. It drives the modules only through their public commands, acting as an
/// <see cref="BuildingBlocks.Application.Security.ActingPrincipal"/> the host registers and reads.
/// </summary>
public static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<DemoProviderSeeder>();
        services.AddSingleton<DemoReferralSeeder>();
        services.AddSingleton<DemoBidSeeder>();
        services.AddSingleton<DemoContractSeeder>();
        return services;
    }

    /// <summary>Seeds the demo DPSs once, into a database that has none.</summary>
    public static Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
}
