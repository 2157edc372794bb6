using Dps.Api.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Documents the optional <c>Idempotency-Key</c> header on every POST, PUT and DELETE that needs a token
/// (<see cref="IdempotencyMiddleware"/> keeps answers per caller, so an anonymous request's key is not read).
/// </summary>
public sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod is not ("POST" or "PUT" or "DELETE")
            || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of your own (1–200 visible ASCII characters, e.g. a UUID) that makes a retry safe: for 24 hours the same request with the same key "
                + "gets the first response again, with `Idempotent-Replayed: true`, and changes nothing. The key with a different request is a 422 "
                + "(rule `IdempotencyKeyIsForOneRequest`); a repeat while the first still runs is a 409 (rule `IdempotentRequestRunsOnce`). A request that fails keeps nothing.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
