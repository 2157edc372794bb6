using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Metadata;

namespace Dps.Api.Errors;

/// <summary>
/// Checks every API endpoint's input after binding, before its handler: a body is present, enums in the query are
/// given by name (binding alone would take <c>status=1</c> or <c>status=99</c>), and no query or route value holds the
/// NUL character, which PostgreSQL cannot store. Each failure is a 400 naming the field.
/// </summary>
internal static class InputGuards
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var enums = parameters.Where(p => p.Name is not null && EnumOf(p) is not null).ToList();
        return async invocation =>
        {
            var bodyType = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            var body = Array.FindIndex(parameters, p => bodyType is not null && p.ParameterType == bodyType);
            if (body >= 0 && invocation.Arguments[body] is null)
            {
                throw new BadHttpRequestException("The request needs a JSON body.");
            }

            var failures = QueryFailures(invocation.HttpContext.Request, enums).ToList();
            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            return await next(invocation);
        };
    }

    private static IEnumerable<ValidationFailure> QueryFailures(HttpRequest request, IReadOnlyList<ParameterInfo> enums)
    {
        var values = request.Query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? string.Empty)))
            .Concat(request.RouteValues.Select(r => (r.Key, Value: r.Value as string ?? string.Empty)));
        foreach (var (name, value) in values.Where(v => v.Value.Contains('\0', StringComparison.Ordinal)))
        {
            yield return new ValidationFailure(name, $"'{name}' must not contain the NUL character.");
        }

        foreach (var parameter in enums)
        {
            var names = Enum.GetNames(EnumOf(parameter)!);
            var given = request.Query[parameter.Name!].Where(v => !names.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();
            if (given.Count > 0)
            {
                yield return new ValidationFailure(parameter.Name, $"'{parameter.Name}' must be one of {string.Join(", ", names)}.");
            }
        }
    }

    private static Type? EnumOf(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type.IsEnum ? type : null;
    }
}
