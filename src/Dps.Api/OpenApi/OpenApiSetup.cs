using System.Text.Json.Nodes;
using Dps.Api.Auth;
using Dps.BuildingBlocks.Infrastructure.Http;
using Microsoft.OpenApi;

namespace Dps.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddDpsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddApiExamples<PlatformExamples>();
        services.AddApiExamples<IntegrationExamples>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Dps — Dynamic Purchasing System API",
                Version = "v1",
                Description = """
                    Run a public Dynamic Purchasing System end to end: qualification, catalogue, referrals, evaluation, contracts.

                    **Authentication.** Every endpoint except health and (in Development) `/dev/tokens` needs `Authorization: Bearer <JWT>`.
                    Roles: `dps-manager`, `buyer` (token names `authority_id`), `supplier` (token names `supplier_id`), `auditor`.
                    In Development, call `POST /dev/tokens`, then paste `accessToken` into **Authorize**.

                    **Conventions.** Lists page with `page` and `pageSize` (at most 200). Responses carry an `ETag`; send it back as `If-Match`
                    when updating (a stale one gets 412). Errors are RFC 9457 problem documents: validation failures (400) list `errors` by field,
                    a broken business rule (409, 412 or 422) names it in `rule`; every 4xx is the one `Problem` schema.
                    """,
                Contact = new OpenApiContact { Name = "Dps platform team", Url = new Uri("https://dps.example.gov.uk/") },
                License = new OpenApiLicense
                {
                    Name = "Open Government Licence v3.0",
                    Url = new Uri("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
                },
            });
            options.AddServer(new OpenApiServer { Url = "/", Description = "This deployment: the host that serves this document." });
            options.AddSecurityDefinition(BearerAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the configured identity provider, or from POST /dev/tokens in Development.",
            });
            options.OperationFilter<RolesOperationFilter>();
            options.OperationFilter<ConcurrencyHeadersOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.OperationFilter<QueryParameterDescriptionsOperationFilter>();
            options.OperationFilter<PathParameterDescriptionsOperationFilter>();
            options.OperationFilter<ProblemResponsesOperationFilter>();
            options.DocumentFilter<TagDescriptionsDocumentFilter>();
            options.MapType<JsonNode>(() => new OpenApiSchema { Description = "Any JSON value." });
            options.SchemaFilter<MemberSchemaFilter>();
            options.SchemaFilter<MemberDescriptionsSchemaFilter>();
            options.DocumentFilter<RequiredMembersDocumentFilter>();
            options.AddApiExamples();
            options.SupportNonNullableReferenceTypes();
        });
        return services;
    }

    public static void UseDpsOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "Dps API v1");
            options.DocumentTitle = "Dps API";
            options.EnablePersistAuthorization();
        });
    }
}
