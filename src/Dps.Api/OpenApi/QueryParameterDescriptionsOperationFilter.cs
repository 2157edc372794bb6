using System.ComponentModel;
using System.Reflection;
using Dps.BuildingBlocks.Application.Paging;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Fills in the description of a query parameter that has none. <c>page</c> and <c>pageSize</c>, on every list, are
/// described here once. Any other takes the <see cref="DescriptionAttribute"/> of the endpoint's parameter: Swashbuckle
/// copies it from the parameter's schema, so it loses it when that schema is a reference, as an enum's is.
/// </summary>
public sealed class QueryParameterDescriptionsOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> Paging = new(StringComparer.OrdinalIgnoreCase)
    {
        ["page"] = "1-based page number; default 1.",
        ["pageSize"] = $"Items per page, from 1 to {PagingDefaults.MaxPageSize}; default {PagingDefaults.PageSize}.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var query = operation.Parameters?.OfType<OpenApiParameter>()
            .Where(p => p.In == ParameterLocation.Query && p.Name is not null && string.IsNullOrWhiteSpace(p.Description))
            ?? [];
        foreach (var parameter in query)
        {
            parameter.Description = Paging.GetValueOrDefault(parameter.Name!) ?? DescriptionAttributeOf(parameter.Name!, context);
        }
    }

    private static string? DescriptionAttributeOf(string name, OperationFilterContext context) =>
        context.ApiDescription.ParameterDescriptions
            .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.ParameterDescriptor)
            .OfType<IParameterInfoParameterDescriptor>()
            .Select(p => p.ParameterInfo.GetCustomAttribute<DescriptionAttribute>()?.Description)
            .FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
}
