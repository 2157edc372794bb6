using Dps.Api.Sandbox;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Dps.UnitTests.Host;

public sealed class SandboxSettingsValidationTests
{
    [TestCase("Development")]
    [TestCase("Sandbox")]
    public void The_sandbox_runs_in_the_development_and_sandbox_environments(string environment) =>
        Assert.That(Validate(environment, new SandboxSettings { Enabled = true }).Succeeded, Is.True);

    [TestCase("Production")]
    [TestCase("Staging")]
    public void The_sandbox_refuses_other_environments_and_names_the_setting_that_allows_them(string environment)
    {
        var result = Validate(environment, new SandboxSettings { Enabled = true });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Sandbox:IUnderstandTheClockCanBeMovedInThisEnvironment").And.Contain(environment));
    }

    [Test]
    public void The_sandbox_runs_in_another_environment_when_explicitly_allowed() =>
        Assert.That(
            Validate("Production", new SandboxSettings { Enabled = true, IUnderstandTheClockCanBeMovedInThisEnvironment = true }).Succeeded,
            Is.True);

    [Test]
    public void Without_the_sandbox_any_environment_starts() =>
        Assert.That(Validate("Production", new SandboxSettings { Enabled = false }).Succeeded, Is.True);

    [Test]
    public void The_clock_moves_at_most_five_years_ahead_by_default() =>
        Assert.That(new SandboxSettings().MaxAdvance, Is.EqualTo(TimeSpan.FromDays(1826)));

    [TestCase("00:00:00")]
    [TestCase("-1.00:00:00")]
    [TestCase("365000.00:00:01")]
    public void A_maximum_advance_that_is_not_positive_or_would_overflow_the_clock_is_refused(string maxAdvance)
    {
        var result = Validate("Development", new SandboxSettings { Enabled = true, MaxAdvance = TimeSpan.Parse(maxAdvance, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.That(result.FailureMessage, Does.Contain("Sandbox:MaxAdvance"));
    }

    [TestCase("00:00:00")]
    [TestCase("1.00:00:01")]
    public void A_refresh_interval_that_is_not_positive_or_longer_than_a_day_is_refused(string refreshInterval)
    {
        var result = Validate("Development", new SandboxSettings { Enabled = true, RefreshInterval = TimeSpan.Parse(refreshInterval, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.That(result.FailureMessage, Does.Contain("Sandbox:RefreshInterval"));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, SandboxSettings settings) =>
        new SandboxSettingsValidation(new Environment(environment)).Validate(null, settings);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Dps.Api";

        public string ContentRootPath { get; set; } = ".";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
