namespace Dps.Evaluation.Domain.Competitions;

/// <summary>The parent's or carer's choice among the parent-choice group, as the buyer recorded it.</summary>
public sealed record ParentChoice(Guid BidId, string RecordedBy, DateTimeOffset RecordedAt, string? Note);
