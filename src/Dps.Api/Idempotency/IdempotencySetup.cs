namespace Dps.Api.Idempotency;

internal static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencySettings>().Bind(configuration.GetSection(IdempotencySettings.Section))
            .Validate(s => s.KeyLifetime > TimeSpan.Zero && s.KeyLifetime <= TimeSpan.FromDays(30), "Idempotency:KeyLifetime must be more than zero and at most 30 days.")
            .Validate(s => s.SweepInterval > TimeSpan.Zero, "Idempotency:SweepInterval must be more than zero.")
            .ValidateOnStart();
        services.AddHostedService<ExpiredKeySweeper>();
        return services;
    }

    /// <summary>After authentication, so a key is per caller; before the endpoints, whose first command records the key.</summary>
    public static void UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
