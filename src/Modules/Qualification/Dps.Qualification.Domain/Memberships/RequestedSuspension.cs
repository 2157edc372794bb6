namespace Dps.Qualification.Domain.Memberships;

public enum RequestedSuspensionOutcome
{
    /// <summary>Awaiting the DPS manager.</summary>
    Pending,

    /// <summary>The manager suspended the member for the criterion.</summary>
    Confirmed,

    /// <summary>The manager found no grounds, with a reason.</summary>
    Dismissed,
}

/// <summary>
/// Evidence from contract management that the member no longer meets a pass/fail criterion, waiting for the DPS manager,
/// who alone suspends: confirmed, it suspends the member for that criterion; dismissed, it stays on record with why.
/// </summary>
public sealed record RequestedSuspension(
    Guid RequestId,
    Guid ContractId,
    string CriterionCode,
    string Evidence,
    string Reference,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    RequestedSuspensionOutcome Outcome = RequestedSuspensionOutcome.Pending,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? DismissalReason = null);
