using Microsoft.Extensions.Options;

namespace Dps.Api.Sandbox;

internal static class SandboxSetup
{
    /// <summary>
    /// The platform's <see cref="TimeProvider"/>: the sandbox clock when Sandbox:Enabled, else real time. The choice is
    /// read from the validated settings when first needed, not while services are registered, so it sees the
    /// configuration the host finally runs with, and so does the mapping of the clock's endpoints.
    /// </summary>
    public static IServiceCollection AddSandboxClock(this IServiceCollection services)
    {
        services.AddOptions<SandboxSettings>().BindConfiguration(SandboxSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SandboxSettings>, SandboxSettingsValidation>();
        services.AddSingleton(provider => new SandboxTimeProvider(TimeProvider.System, provider.Settings().MaxAdvance));
        services.AddSingleton<TimeProvider>(provider =>
            provider.Settings().Enabled ? provider.GetRequiredService<SandboxTimeProvider>() : TimeProvider.System);
        services.AddHostedService<SandboxClockRefresher>();
        return services;
    }

    /// <summary>Whether the sandbox runs; reading it fails start-up if the settings are not valid (see <see cref="SandboxSettingsValidation"/>).</summary>
    public static bool IsSandboxEnabled(this IServiceProvider services) => services.Settings().Enabled;

    private static SandboxSettings Settings(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<SandboxSettings>>().Value;
}
