using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships;

internal sealed record MembershipGranted(MembershipId MembershipId) : IDomainEvent;

internal sealed record MembershipSuspended(MembershipId MembershipId, IReadOnlyList<string> FailedCriteria, string Reason) : IDomainEvent;

internal sealed record MembershipReinstated(MembershipId MembershipId) : IDomainEvent;

internal sealed record MembershipRemoved(MembershipId MembershipId, string Reason) : IDomainEvent;

internal sealed record CoreCompetencyScoreChanged(MembershipId MembershipId, decimal PreviousScore, decimal NewScore, string Reason) : IDomainEvent;
