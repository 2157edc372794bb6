using System.Globalization;
using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Infrastructure.Http;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Documents optimistic concurrency: the optional If-Match header where an endpoint reads it, and the ETag header on
/// success responses whose body is versioned (<see cref="VersionedResults"/> is the only way to answer with one).
/// </summary>
public sealed class ConcurrencyHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IfMatchHeader>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = HeaderNames.IfMatch,
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag last read, e.g. \"42\"; a stale one gets 412. Without it the change is not checked against what you read (a simultaneous change still gets 409).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        var versionedSuccesses = context.ApiDescription.SupportedResponseTypes
            .Where(r => r.StatusCode is StatusCodes.Status200OK or StatusCodes.Status201Created)
            .Where(r => r.Type is not null && typeof(IVersioned).IsAssignableFrom(r.Type))
            .Select(r => r.StatusCode.ToString(CultureInfo.InvariantCulture));
        foreach (var status in versionedSuccesses)
        {
            if (operation.Responses?.GetValueOrDefault(status) is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[HeaderNames.ETag] = new OpenApiHeader
                {
                    Description = "The resource's version; send it back as If-Match to update it.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }
    }
}
