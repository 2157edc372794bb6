using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

public static class OutboxConfiguration
{
    /// <summary>Binds and checks <see cref="OutboxOptions"/> at start-up, refusing the retired <c>Outbox:MaxAttempts</c> rather than ignoring it.</summary>
    public static IServiceCollection AddOutboxOptions(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OutboxOptions.Section);
        services.AddOptions<OutboxOptions>()
            .Bind(section)
            .Validate(
                _ => !section.GetSection("MaxAttempts").Exists(),
                "Outbox:MaxAttempts is retired: a failed message is retried with back-off (Outbox:RetryBase, RetryCeiling) and parked once Outbox:GiveUpAfter has passed since its first failure.")
            .Validate(o => o.BatchSize > 0 && o.Concurrency > 0 && o.PollInterval > TimeSpan.Zero, "Outbox:BatchSize, Concurrency and PollInterval must be positive.")
            .Validate(o => o.RetryBase > TimeSpan.Zero && o.RetryCeiling >= o.RetryBase, "Outbox:RetryBase must be positive and at most Outbox:RetryCeiling.")
            .Validate(o => o.RetryJitter is >= 0 and < 1, "Outbox:RetryJitter is a fraction from 0 up to (not including) 1.")
            .Validate(o => o.GiveUpAfter > TimeSpan.Zero, "Outbox:GiveUpAfter must be positive.")
            .ValidateOnStart();
        return services;
    }
}
