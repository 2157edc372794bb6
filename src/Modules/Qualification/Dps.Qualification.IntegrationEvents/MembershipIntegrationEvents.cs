using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.IntegrationEvents;

/// <summary>A fixed core cost the establishment qualified with; referrals may lower it, never raise it.</summary>
public sealed record QualifiedCoreCost(string LineCode, Money Amount);

/// <summary>Where and what the admitted establishment is, as Qualification knows it at admission.</summary>
public sealed record EstablishmentSnapshot(string Name, string Postcode, double Latitude, double Longitude, int Capacity, bool SupplierIsSme);

/// <summary>An establishment was admitted to a category: it may now be found, invited and scored.</summary>
public sealed record EstablishmentAdmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid MembershipId,
    Guid EstablishmentId,
    Guid SupplierId,
    Guid DpsId,
    Guid CategoryId,
    EstablishmentSnapshot Establishment,
    IReadOnlyList<QualifiedCoreCost> CoreCosts,
    decimal CohortDiscountPercent,
    decimal SiblingDiscountPercent,
    decimal CoreCompetencyScore) : IntegrationEvent(Id, OccurredAt);

/// <summary>A member was suspended across all authorities: it must vanish from search and invitations at once.</summary>
public sealed record MembershipSuspendedIntegrationEvent(
    Guid Id, DateTimeOffset OccurredAt, Guid MembershipId, Guid EstablishmentId, Guid CategoryId, IReadOnlyList<string> FailedCriteria, string Reason)
    : IntegrationEvent(Id, OccurredAt);

/// <summary>A suspended member meets its criteria again.</summary>
public sealed record MembershipReinstatedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid MembershipId, Guid EstablishmentId, Guid CategoryId)
    : IntegrationEvent(Id, OccurredAt);

/// <summary>A member left the category (at its request, or the manager's); final.</summary>
public sealed record MembershipRemovedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid MembershipId, Guid EstablishmentId, Guid CategoryId, string Reason)
    : IntegrationEvent(Id, OccurredAt);

/// <summary>The member's core competency score was adjusted; Evaluation scores new bids with it.</summary>
public sealed record CoreCompetencyScoreChangedIntegrationEvent(
    Guid Id, DateTimeOffset OccurredAt, Guid MembershipId, Guid EstablishmentId, Guid CategoryId, decimal PreviousScore, decimal NewScore, string Reason)
    : IntegrationEvent(Id, OccurredAt);
