using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.BuildingBlocks.Infrastructure.Http.Idempotency;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dps.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POST, PUT and DELETE: a new key is handed to the request's first command, which records it
/// in its own transaction (<see cref="IdempotencyClaim"/>); the response is then kept with it. A repeat of the request
/// with the key gets that response again (<c>Idempotent-Replayed: true</c>) and changes nothing; the key with another
/// request is a 422; a repeat while the first still runs is a 409. A request that fails with an error changed nothing
/// and keeps nothing: it may be sent again with its key.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 200;
    private static readonly string[] KeptHeaders = [HeaderNames.ContentType, HeaderNames.Location, HeaderNames.ETag];

    // Keeps the answer with the key its command recorded, or with a new key (or one whose time is up) if no command ran.
    private const string Keep = """
        INSERT INTO platform.idempotent_requests (caller, key, request_hash, created_at, expires_at, status, response_headers, response_body)
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}::jsonb, {7})
        ON CONFLICT (caller, key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
                status = EXCLUDED.status, response_headers = EXCLUDED.response_headers, response_body = EXCLUDED.response_body
            WHERE (platform.idempotent_requests.status IS NULL AND platform.idempotent_requests.request_hash = EXCLUDED.request_hash)
                OR platform.idempotent_requests.expires_at <= EXCLUDED.created_at
        """;

    public async Task InvokeAsync(HttpContext http, PlatformDbContext db, IdempotencyClaim claim, TimeProvider clock, IOptions<IdempotencySettings> settings)
    {
        var method = http.Request.Method;
        // Keys are per caller: without a signed-in caller there is no one to keep an answer for, and anonymous callers
        // must never be answered with each other's responses.
        var caller = http.User.FindFirst(DpsClaims.Subject)?.Value;
        if (!(HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method))
            || caller is null
            || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new ValidationException([new ValidationFailure("idempotency-key", $"An {Header} is 1–{MaxKeyLength} visible ASCII characters, e.g. a UUID.")]);
        }

        var hash = await DigestAsync(http.Request);
        var now = clock.GetUtcNow();
        var earlier = await db.IdempotentRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key && r.ExpiresAt > now, http.RequestAborted);
        if (earlier is not null)
        {
            await ReplayAsync(http, earlier, hash);
            return;
        }

        claim.Claim(caller, key, hash, now, settings.Value.KeyLifetime);
        var body = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        if (http.Response.StatusCode < StatusCodes.Status500InternalServerError)
        {
            var headers = KeptHeaders.Where(h => http.Response.Headers.ContainsKey(h)).ToDictionary(h => h, h => http.Response.Headers[h].ToString());
            await db.Database.ExecuteSqlRawAsync(
                Keep,
                [caller, key, hash, now, now + settings.Value.KeyLifetime, http.Response.StatusCode, JsonSerializer.Serialize(headers), buffer.ToArray()],
                CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            throw new BusinessRuleValidationException(new IdempotencyKeyIsForOneRequestRule());
        }

        if (earlier.Status is not { } status)
        {
            throw new BusinessRuleValidationException(new IdempotentRequestRunsOnceRule());
        }

        http.Response.StatusCode = status;
        foreach (var (name, value) in earlier.ResponseHeaders ?? [])
        {
            http.Response.Headers[name] = value;
        }

        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(earlier.ResponseBody ?? [], http.RequestAborted);
    }

    /// <summary>SHA-256 of the method, path, query and body: what makes two requests the same request.</summary>
    private static async Task<string> DigestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
