using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dps.Api.Health;

/// <summary>
/// The overall status on the first line ("Healthy" alone when all is well), then why each check that is not healthy
/// says so; a check that threw shows only its status, as its exception is for the logs, not for anonymous callers.
/// </summary>
public static class HealthText
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {(e.Value.Exception is null ? e.Value.Description : null) ?? e.Value.Status.ToString()}");
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status + string.Concat(reasons));
    }
}
