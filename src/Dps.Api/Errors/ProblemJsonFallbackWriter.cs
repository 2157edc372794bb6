using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Dps.Api.Errors;

/// <summary>
/// Writes the problem document the default writer declines because the request's Accept admits no JSON (e.g.
/// <c>Accept: application/xml</c>). This API answers only in JSON, as RFC 9110 lets a server do whatever the Accept, so
/// such a caller still learns what went wrong; without this writer it got an empty body, and a 500 where the exception
/// handler had nothing written for it. Registered after <c>AddProblemDetails</c>, so it is asked last.
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
