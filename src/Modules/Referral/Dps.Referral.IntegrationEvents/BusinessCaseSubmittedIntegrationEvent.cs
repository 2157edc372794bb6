using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Referral.IntegrationEvents;

/// <summary>
/// A buyer handed a DWP business case to offer matching: Evaluation ranks the category's offers against it, from what
/// is here. <paramref name="ClientGroups"/> are the groups the provision is for, matched against the offers' client
/// groups; <paramref name="Home"/> is where it is needed, against the offers' delivery locations.
/// </summary>
public sealed record BusinessCaseSubmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    string ServiceUserReference,
    IReadOnlyList<string> ClientGroups,
    ClosedCompetitionHome Home,
    DateOnly StartDate,
    int TermWeeks,
    int Places,
    ClosedCompetitionWeights Weights,
    DateTimeOffset SubmittedAt) : IntegrationEvent(Id, OccurredAt);
