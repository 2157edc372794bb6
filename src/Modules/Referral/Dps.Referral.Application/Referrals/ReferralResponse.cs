using System.ComponentModel;
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
    [property: Description("`Referral` (published for bids) or `BusinessCase` (DWP: handed to offer matching instead).")] ReferralKind Kind,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    [property: Description("The service user's anonymised reference: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The service user's needs, codes of the category's taxonomy, each with its priority and mark.")] IReadOnlyList<RequiredNeed> RequiredNeeds,
    [property: Description("The features the buyer would like, codes of the category's taxonomy, each with its mark.")] IReadOnlyList<DesiredFeature> DesiredFeatures,
    [property: Description("The outcomes sought for the service user, in words.")] string DesiredOutcomes,
    [property: Description("Where the service user lives: the centre of the geographic limit.")] HomeLocation Home,
    [property: Description("How far from home, in miles, an establishment may be and still be invited: the limit as last widened.")] decimal GeographicLimitMiles,
    [property: Description("When the service is to start: a calendar date in the scheme's time zone (Europe/London).")] DateOnly StartDate,
    [property: Description("How long the service is for, in weeks.")] int TermWeeks,
    [property: Description("The period bids' prices are for: `Week`, `Month` or `Annum`.")] PriceBasis PriceBasis,
    [property: Description("The size of the cohort or sibling group placed together; above 1, bids take the establishment's cohort discount.")] int GroupSize,
    [property: Description("How many places are bought (more than 1 for a block booking).")] int Places,
    [property: Description("When bids close (UTC).")] DateTimeOffset ResponseDeadline,
    [property: Description("The percentages bids are scored with, summing to 100.")] EvaluationWeights Weights,
    [property: Description("A business case's client groups, once handed to offer matching; null before, and on a referral.")] IReadOnlyList<string>? ClientGroups,
    [property: Description("`Draft`, `Published`, `Closed` (at its response deadline), `Cancelled`, `Matching` (a business case in offer matching) or `Placed` (awarded).")] ReferralStatus Status,
    [property: Description("How many rounds of invitations went out: 0 before publication, 1 at publication, one more for each widening.")] int Round,
    [property: Description("How many establishments were invited, over every round.")] int InvitedCount,
    [property: Description("How many of the invitations were declined; the reasons are on the invitations.")] int DeclinedCount,
    [property: Description("Whether fewer establishments are invited than the DPS's minimum (3 by default), so that the buyer may widen the limit.")] bool TooFewEligible,
    [property: Description("When the draft was raised (UTC).")] DateTimeOffset RaisedAt,
    [property: Description("When it was published (UTC); null while a draft, and for a business case.")] DateTimeOffset? PublishedAt,
    [property: Description("When it closed at its response deadline (UTC); null until then, and for a business case.")] DateTimeOffset? ClosedAt,
    [property: Description("When it was cancelled (UTC); null unless it was.")] DateTimeOffset? CancelledAt,
    [property: Description("The buyer's reason for cancelling, which the invitees see; null unless it was cancelled.")] string? CancellationReason,
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
