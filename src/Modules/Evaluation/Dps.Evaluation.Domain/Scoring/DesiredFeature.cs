namespace Dps.Evaluation.Domain.Scoring;

/// <summary>A feature the buyer would like and the mark a bid that offers it earns.</summary>
public sealed record DesiredFeature(string Code, decimal Mark);
