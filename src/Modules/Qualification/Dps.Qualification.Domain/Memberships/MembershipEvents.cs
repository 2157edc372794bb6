using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships;

public sealed record MembershipGranted(MembershipId MembershipId) : IDomainEvent;

public sealed record MembershipSuspended(MembershipId MembershipId, IReadOnlyList<string> FailedCriteria, string Reason) : IDomainEvent;

public sealed record MembershipReinstated(MembershipId MembershipId) : IDomainEvent;

public sealed record MembershipRemoved(MembershipId MembershipId, string Reason) : IDomainEvent;

public sealed record CoreCompetencyScoreChanged(MembershipId MembershipId, decimal PreviousScore, decimal NewScore, string Reason) : IDomainEvent;
