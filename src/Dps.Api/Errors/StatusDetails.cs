namespace Dps.Api.Errors;

/// <summary>What to tell a caller whose request the platform answered without a handler's own words (401, 403, 404 …).</summary>
internal static class StatusDetails
{
    public static string? For(HttpContext http) => http.Response.StatusCode switch
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
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with 'Content-Type: application/json'.",
        _ => null,
    };
}
