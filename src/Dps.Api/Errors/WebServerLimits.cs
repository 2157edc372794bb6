using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Dps.Api.Errors;

/// <summary>
/// What the web server would refuse with a bare status and no body, let through far enough to be refused with a problem
/// document: header values that are not ASCII are read as Latin-1, and an address longer than <see cref="MaxAddressLength"/>
/// is a 414 the API writes itself (the server's own limit sits well above it).
/// </summary>
internal static class WebServerLimits
{
    public const int MaxAddressLength = 8 * 1024;

    public static void Configure(KestrelServerOptions kestrel)
    {
        kestrel.Limits.MaxRequestLineSize = 8 * MaxAddressLength;
        kestrel.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
    }

    public static async Task RefuseOverLongAddressesAsync(HttpContext http, RequestDelegate next)
    {
        var length = http.Request.Path.Value?.Length + http.Request.QueryString.Value?.Length ?? 0;
        if (length <= MaxAddressLength)
        {
            await next(http);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status414UriTooLong;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Problems.Status(
                StatusCodes.Status414UriTooLong,
                "The address is too long.",
                $"The path and query may be at most {MaxAddressLength} characters; this one has {length}. Send long input in a body."),
        });
    }
}
