using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.Domain.Applications;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The manager suspends a member for the criteria it no longer meets; it applies across all authorities.</summary>
public sealed record SuspendMembership(Guid MembershipId, IReadOnlyList<string> FailedCriteria, string Reason, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

/// <summary>The suspended supplier answers the failed criteria again, and only those.</summary>
public sealed record ResubmitForReinstatement(Guid MembershipId, IReadOnlyList<CriterionAnswer> Answers, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

/// <summary>The manager re-evaluates only the failed criteria; if all pass the member is reinstated.</summary>
public sealed record ReEvaluateReinstatement(Guid MembershipId, IReadOnlyList<PassFailDecision> Decisions, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

/// <summary>Removal at the supplier's request (or the manager's).</summary>
public sealed record RemoveMembership(Guid MembershipId, string Reason, uint? ExpectedVersion) : ICommand<MembershipResponse>;

/// <summary>The annual audit; the next is due a year later.</summary>
public sealed record RecordMembershipAudit(Guid MembershipId, DateOnly? AuditedOn, bool Passed, string? Notes, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

/// <summary>Moves the core competency score up or down (within 0–100) after a performance review.</summary>
public sealed record AdjustCoreCompetencyScore(Guid MembershipId, decimal Adjustment, string Reason, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;
