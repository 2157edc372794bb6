using System.Text.Json.Serialization;
using Dps.Api.Audit;
using Dps.Api.Auth;
using Dps.Api.Cors;
using Dps.Api.Database;
using Dps.Api.Errors;
using Dps.Api.Feed;
using Dps.Api.Health;
using Dps.Api.Outbox;
using Dps.Api.OpenApi;
using Dps.Api.Idempotency;
using Dps.Api.Sandbox;
using Dps.Api.Webhooks;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.BuildingBlocks.Infrastructure.Time;
using Dps.DemoData;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Dps.Api;

/// <summary>What the host adds around the modules: CORS, auth, errors, JSON, OpenAPI, health, clock, audit, parked outbox messages, database.</summary>
public static class PlatformSetup
{
    public static IServiceCollection AddDpsPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDpsMediator();

        // The platform's own requests (the audit trail, the sandbox clock) and store, registered as a module's are.
        services.AddModuleStore<PlatformDbContext>(PlatformDbContext.SchemaName, typeof(PlatformSetup).Assembly, publishesEvents: false);
        services.AddSingleton(provider => new DatabaseSettings(
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Dps")
            ?? throw new InvalidOperationException("Configure ConnectionStrings:Dps (build/run.sh sets it).")));
        services.AddOutboxOptions(configuration);
        services.AddSingleton<DatabaseMigrator>();
        services.AddDemoData();

        services.AddDpsCors(configuration);
        services.AddOptions<AuthSettings>().Bind(configuration.GetSection(AuthSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthSettings>, AuthSettingsValidation>();
        services.AddSingleton<TokenValidation>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddHttpContextAccessor();
        services.AddScoped<ActingPrincipal>();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();

        services.AddSandboxClock();
        services.AddIdempotency(configuration);
        services.AddWebhooks(configuration);
        services.AddSchemeClock();

        services.Configure<KestrelServerOptions>(WebServerLimits.Configure);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusDetails.Complete);
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new NoNulStringConverter());
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<TokenProviderReadyCheck>("token-provider", tags: ["ready"])
            .AddCheck<ParkedMessagesCheck>("outbox", tags: ["ready"]);
        services.AddDpsOpenApi();
        return services;
    }

    public static void UseDpsPlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDpsCors();
        app.Use(WebServerLimits.RefuseOverLongAddressesAsync);
        app.UseStatusCodePages();
        app.UseCharsetGuard();
        app.UseDpsOpenApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotency();
    }

    /// <summary>The group every API endpoint is mapped in: its prefix and the checks of its input.</summary>
    public static RouteGroupBuilder MapDpsApi(this WebApplication app) =>
        app.MapGroup("/api/v1").AddEndpointFilterFactory(InputGuards.Create);

    public static void MapPlatformEndpoints(this WebApplication app, IEndpointRouteBuilder api)
    {
        api.MapAuditTrail();
        api.MapFeed();
        api.MapWebhooks();
        api.MapParkedOutboxMessages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains("ready"),
                ResponseWriter = HealthReportWriter.WriteAsync,
            })
            .AllowAnonymous().WithTags("Health");
        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokens();
        }

        // The same settings choose the TimeProvider, so the two decisions cannot disagree.
        if (app.Services.IsSandboxEnabled())
        {
            api.MapSandboxClock();
        }
    }

    /// <summary>Applies migrations at start-up where configured (Development), then seeds the demo data if asked to.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        if (app.Configuration.GetValue<bool>("DemoData:Seed"))
        {
            await app.Services.SeedDemoDataAsync(app.Lifetime.ApplicationStopping);
        }
    }
}
