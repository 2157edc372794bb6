namespace Dps.Api.Idempotency;

/// <summary>
/// A request sent with an <c>Idempotency-Key</c>, per caller and key until it expires: its digest, and once answered
/// the response to replay (status, the headers that matter, body). Written only by plain SQL, never audited: it is no
/// business state.
/// </summary>
internal sealed class IdempotentRequest
{
    public string Caller { get; private set; } = null!;

    public string Key { get; private set; } = null!;

    /// <summary>SHA-256 (hex) of the method, path, query and body.</summary>
    public string RequestHash { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The response's status; null while the first request runs (or if its answer was lost).</summary>
    public int? Status { get; private set; }

    public Dictionary<string, string>? ResponseHeaders { get; private set; }

    public byte[]? ResponseBody { get; private set; }
}
