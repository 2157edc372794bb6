using Dps.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dps.UnitTests.BuildingBlocks;

public sealed class OutboxConfigurationTests
{
    [Test]
    public void Without_settings_a_failed_message_is_retried_from_2_seconds_up_to_10_minutes_apart_for_24_hours()
    {
        var options = Bind([]);

        Assert.That((options.RetryBase, options.RetryCeiling, options.GiveUpAfter), Is.EqualTo((TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(24))));
    }

    [Test]
    public void The_retired_MaxAttempts_setting_is_refused_rather_than_ignored()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Outbox:MaxAttempts"] = "10" }));

        Assert.That(refused!.Message, Does.Contain("Outbox:GiveUpAfter"));
    }

    [TestCase("Outbox:RetryBase", "00:00:00")]
    [TestCase("Outbox:RetryCeiling", "00:00:01")]
    [TestCase("Outbox:RetryJitter", "1")]
    [TestCase("Outbox:GiveUpAfter", "00:00:00")]
    public void A_retry_setting_that_makes_no_schedule_is_refused(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

    private static OutboxOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddOutboxOptions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<OutboxOptions>>().Value;
    }
}
