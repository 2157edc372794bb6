namespace Dps.Qualification.Domain.PurchasingSystems;

public enum ValidityChangeKind
{
    Extended,
    Shortened,
    Terminated,
}

/// <summary>A recorded change of the period of validity; the history is kept, never rewritten.</summary>
public sealed record ValidityChange(
    ValidityChangeKind Kind,
    DateOnly PreviousValidUntil,
    DateOnly NewValidUntil,
    string Reason,
    string ChangedBy,
    DateTimeOffset ChangedAt);
