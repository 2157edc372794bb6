using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Dps.Api.Errors;

/// <summary>
/// Refuses with a 415 problem a request whose Content-Type names a charset .NET cannot decode (<c>charset=x-unknown</c>,
/// or <c>windows-1252</c>, which .NET has no code page for): reading its body as JSON throws InvalidOperationException,
/// which no handler maps, so it was a 500.
/// </summary>
internal static class CharsetGuard
{
    public static IApplicationBuilder UseCharsetGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && HeaderUtilities.RemoveQuotes(type.Charset).Value is { Length: > 0 } charset
            && !IsKnown(charset))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "The body's charset is not supported.",
                    Detail = $"The charset '{charset}' is not one this API reads; send the body as JSON in UTF-8 ('Content-Type: application/json').",
                },
            });
            return;
        }

        await next(context);
    });

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
