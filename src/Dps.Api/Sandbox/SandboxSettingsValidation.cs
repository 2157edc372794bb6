using Microsoft.Extensions.Options;

namespace Dps.Api.Sandbox;

/// <summary>Refuses to start a sandbox outside Development and Sandbox unless explicitly allowed, or with bounds that make no sense.</summary>
internal sealed class SandboxSettingsValidation(IHostEnvironment environment) : IValidateOptions<SandboxSettings>
{
    public const string SandboxEnvironment = "Sandbox";

    public ValidateOptionsResult Validate(string? name, SandboxSettings settings)
    {
        if (!settings.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var sandboxEnvironment = environment.IsDevelopment() || environment.IsEnvironment(SandboxEnvironment);
        if (!sandboxEnvironment && !settings.IUnderstandTheClockCanBeMovedInThisEnvironment)
        {
            failures.Add(
                $"Sandbox:Enabled is true in the '{environment.EnvironmentName}' environment, where a dps-manager token could move the platform "
                + $"clock and every deadline with it. Enable the sandbox only in the Development or {SandboxEnvironment} environments, or also set "
                + $"{SandboxSettings.Section}:{nameof(SandboxSettings.IUnderstandTheClockCanBeMovedInThisEnvironment)} to true.");
        }

        if (settings.MaxAdvance <= TimeSpan.Zero || settings.MaxAdvance > SandboxSettings.LongestMaxAdvance)
        {
            failures.Add($"Sandbox:MaxAdvance must be more than zero and at most {SandboxSettings.LongestMaxAdvance} (1000 years).");
        }

        if (settings.RefreshInterval <= TimeSpan.Zero || settings.RefreshInterval > TimeSpan.FromDays(1))
        {
            failures.Add("Sandbox:RefreshInterval must be more than zero and at most 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
