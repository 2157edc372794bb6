using Dps.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dps.BuildingBlocks.Infrastructure.Http.Idempotency;

/// <summary>
/// The request's <c>Idempotency-Key</c>, once the API has checked it is new: the first command the request sends
/// records the key in its own transaction, so the change and the key commit together or not at all. A second request
/// with the key, racing the first, waits on the key's row and is then refused (409): never do both run.
/// </summary>
public sealed class IdempotencyClaim
{
    // Takes the key, or a key whose time is up; a live key of another request leaves no row written.
    private const string Record = """
        INSERT INTO platform.idempotent_requests (caller, key, request_hash, created_at, expires_at)
        VALUES ({0}, {1}, {2}, {3}, {4})
        ON CONFLICT (caller, key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
                status = NULL, response_headers = NULL, response_body = NULL
            WHERE platform.idempotent_requests.expires_at <= EXCLUDED.created_at
        """;

    private (string Caller, string Key, string RequestHash, DateTimeOffset Now, TimeSpan Lifetime)? _claim;

    /// <summary>Whether a command of this request recorded the key with its change.</summary>
    public bool Recorded { get; private set; }

    /// <summary>Asks the request's first command to record the key.</summary>
    public void Claim(string caller, string key, string requestHash, DateTimeOffset now, TimeSpan lifetime) =>
        _claim = (caller, key, requestHash, now, lifetime);

    /// <summary>Records the key in the command's transaction, unless recorded already or none was claimed.</summary>
    internal async Task RecordAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (_claim is not { } claim || Recorded)
        {
            return;
        }

        var written = await database.ExecuteSqlRawAsync(
            Record, [claim.Caller, claim.Key, claim.RequestHash, claim.Now, claim.Now + claim.Lifetime], cancellationToken);
        if (written == 0)
        {
            throw new BusinessRuleValidationException(new IdempotentRequestRunsOnceRule());
        }
    }

    /// <summary>Marks the key recorded, once the command's transaction has committed.</summary>
    internal void Committed() => Recorded = _claim is not null;
}
