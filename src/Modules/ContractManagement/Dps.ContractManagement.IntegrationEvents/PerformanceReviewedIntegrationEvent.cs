using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.ContractManagement.IntegrationEvents;

/// <summary>
/// The DPS manager reviewed an establishment's performance in a category: Qualification adjusts the core competency score
/// of its membership by <paramref name="Adjustment"/> (within 0–100), which reaches the Catalogue and new competitions.
/// </summary>
public sealed record PerformanceReviewedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReviewId,
    Guid CategoryId,
    Guid EstablishmentId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Adjustment,
    IReadOnlyList<string> Reasons,
    string ReviewedBy) : IntegrationEvent(Id, OccurredAt);
