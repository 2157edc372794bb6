namespace Dps.Api.Webhooks;

internal static class WebhookSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookSettings>().Bind(configuration.GetSection(WebhookSettings.Section))
            .Validate(s => s.Key() is not null, "Webhooks:SecretKey must be 32 bytes in base64 (Development has a default; set your own elsewhere).")
            .Validate(s => s.PollInterval > TimeSpan.Zero && s.Timeout > TimeSpan.Zero && s.FirstRetryAfter > TimeSpan.Zero, "Webhooks:PollInterval, Timeout and FirstRetryAfter must be more than zero.")
            .Validate(s => s.MaxRetryInterval >= s.FirstRetryAfter && s.RetryFor > TimeSpan.Zero, "Webhooks:MaxRetryInterval must be at least FirstRetryAfter, and RetryFor more than zero.")
            .Validate(s => s.BatchSize is >= 1 and <= 1000, "Webhooks:BatchSize must be 1 to 1000.")
            .Validate(s => s.Lease > s.Timeout * s.BatchSize, "Webhooks:Lease must outlast a whole batch: more than Timeout × BatchSize.")
            .ValidateOnStart();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
