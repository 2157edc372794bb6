namespace Dps.Evaluation.Domain.Scoring;

/// <summary>A need of the service user and the mark a bid that meets it earns; a bid that misses a must-have is non-compliant.</summary>
public sealed record RequiredNeed(string Code, bool MustHave, decimal Mark);
