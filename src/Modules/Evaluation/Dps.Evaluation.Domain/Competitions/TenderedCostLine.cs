using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>A line of an opened bid's price: a core cost line or a variable cost for this service user.</summary>
public sealed record TenderedCostLine(string Code, string? Description, Money Amount);
