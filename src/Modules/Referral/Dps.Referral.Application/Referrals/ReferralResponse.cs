using Dps.BuildingBlocks.Application;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Referrals;
using DesiredFeature = Dps.Referral.Application.Contracts.DesiredFeature;
using EvaluationWeights = Dps.Referral.Application.Contracts.EvaluationWeights;
using HomeLocation = Dps.Referral.Application.Contracts.HomeLocation;
using RequiredNeed = Dps.Referral.Application.Contracts.RequiredNeed;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// A referral or business case as its buyer, the manager, auditors and its invitees read it. The service user appears
/// only by an anonymised reference. <see cref="Round"/> counts rounds of invitations (1 at publication, one more per
/// widening); <see cref="TooFewEligible"/> flags fewer invited members than the DPS's minimum. <see cref="ClientGroups"/> are a
/// business case's, once handed to offer matching; null before, and on a referral.
/// </summary>
public sealed record ReferralResponse(
    Guid Id,
    ReferralKind Kind,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    string ServiceUserReference,
    IReadOnlyList<RequiredNeed> RequiredNeeds,
    IReadOnlyList<DesiredFeature> DesiredFeatures,
    string DesiredOutcomes,
    HomeLocation Home,
    decimal GeographicLimitMiles,
    DateOnly StartDate,
    int TermWeeks,
    PriceBasis PriceBasis,
    int GroupSize,
    int Places,
    DateTimeOffset ResponseDeadline,
    EvaluationWeights Weights,
    IReadOnlyList<string>? ClientGroups,
    ReferralStatus Status,
    int Round,
    int InvitedCount,
    int DeclinedCount,
    bool TooFewEligible,
    DateTimeOffset RaisedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    uint Version) : IVersioned
{
    public static ReferralResponse From(ReferralCase referral, int declined) => new(
        referral.Id.Value,
        referral.Kind,
        referral.DpsId,
        referral.CategoryId,
        referral.AuthorityId,
        referral.Terms.ServiceUserReference,
        [.. referral.Terms.RequiredNeeds.Select(RequiredNeed.From)],
        [.. referral.Terms.DesiredFeatures.Select(DesiredFeature.From)],
        referral.Terms.DesiredOutcomes,
        HomeLocation.From(referral.Terms.Home),
        referral.Terms.GeographicLimitMiles,
        referral.Terms.StartDate,
        referral.Terms.TermWeeks,
        referral.Terms.PriceBasis,
        referral.Terms.GroupSize,
        referral.Terms.Places,
        referral.Terms.ResponseDeadline,
        EvaluationWeights.From(referral.Terms.Weights),
        referral.Terms.ClientGroups,
        referral.Status,
        referral.Round,
        referral.InvitedCount,
        declined,
        referral.TooFewEligible,
        referral.RaisedAt,
        referral.PublishedAt,
        referral.ClosedAt,
        referral.CancelledAt,
        referral.CancellationReason,
        referral.Version);
}
