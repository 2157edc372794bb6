using Dps.BuildingBlocks.Domain;

namespace Dps.BuildingBlocks.Infrastructure.Http.Idempotency;

/// <summary>A request with an <c>Idempotency-Key</c> the caller used moments ago, whose first request has not yet answered.</summary>
public sealed class IdempotentRequestRunsOnceRule : IBusinessRule
{
    public string Message => "A request with this Idempotency-Key is still running, or its answer was lost: its change is made once. Retry later; the key answers for its lifetime.";

    public bool IsBroken() => true;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
