using Microsoft.AspNetCore.WebUtilities;

namespace Dps.Api.Errors;

/// <summary>What to tell a caller whose request the platform answered without a handler's own words (401, 403, 404 …).</summary>
internal static class StatusDetails
{
    /// <summary>
    /// Fills in what every problem document the API sends carries, as the OpenAPI <c>Problem</c> schema states it: its
    /// status, a title, a detail, the request's path as its instance, and the trace id.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Detail ??= For(context.HttpContext);
        problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
    }

    public static string For(HttpContext http) => http.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized =>
            "Send a valid bearer token in the Authorization header: 'Authorization: Bearer <token>'.",
        StatusCodes.Status403Forbidden =>
            "Your token's role may not do this; the operation's description names the roles that may.",
        StatusCodes.Status404NotFound => $"Nothing is at {http.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => http.Response.Headers.Allow.Count > 0
            ? $"{http.Request.Path} does not accept {http.Request.Method}; it accepts {http.Response.Headers.Allow}."
            : $"{http.Request.Path} does not accept {http.Request.Method}.",
        StatusCodes.Status406NotAcceptable => "This API answers in JSON: accept application/json or application/problem+json.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than this API accepts; send less in one request.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with 'Content-Type: application/json'.",
        StatusCodes.Status429TooManyRequests => "Too many requests for now; wait a while, then try again.",
        >= 500 => "The API failed to answer this request; if it keeps failing, report its traceId.",
        var status => $"The request was refused: {ReasonPhrases.GetReasonPhrase(status)}.",
    };
}
