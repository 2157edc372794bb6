using Dps.BuildingBlocks.Domain;

namespace Dps.BuildingBlocks.Infrastructure.Http.Idempotency;

/// <summary>An <c>Idempotency-Key</c> names one request: the same key with another method, path or body is refused.</summary>
public sealed class IdempotencyKeyIsForOneRequestRule : IBusinessRule
{
    public string Message => "This Idempotency-Key was used for a different request (method, path or body); use a new key for a new request.";

    public bool IsBroken() => true;
}
