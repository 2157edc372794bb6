using Dps.Api.Idempotency;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dps.Api.Cors;

/// <summary>
/// One CORS policy for the origins of <see cref="CorsSettings"/>: the methods and request headers the API reads, the
/// response headers a client needs. Used first in the pipeline, so a preflight is answered before anything would
/// refuse it (the address and charset guards, authentication), and error responses carry the headers too.
/// </summary>
internal static class CorsSetup
{
    public const string PolicyName = "ConfiguredOrigins";

    /// <summary>How long a browser may reuse a preflight's answer (Chromium caps it at two hours).</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete];

    /// <summary>Content-Type is needed for <c>application/json</c>, which is not one of the types a browser sends unasked.</summary>
    private static readonly string[] RequestHeaders = [HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, IdempotencyMiddleware.Header];

    /// <summary>The version to send back as If-Match, where a 201's resource is read, why a token was refused, and whether an answer is a replay.</summary>
    private static readonly string[] ExposedHeaders =
        [HeaderNames.ETag, HeaderNames.Location, HeaderNames.WWWAuthenticate, IdempotencyMiddleware.ReplayedHeader];

    public static IServiceCollection AddDpsCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorsSettings>().Bind(configuration.GetSection(CorsSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CorsSettings>, CorsSettingsValidation>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(settings.Value.AllowedOrigins)
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)));
        return services;
    }

    public static IApplicationBuilder UseDpsCors(this IApplicationBuilder app) => app.UseCors(PolicyName);
}
