using System.ComponentModel;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.Contracts;

/// <summary>
/// What a buyer sends to raise or change a referral. Marks left out take the category taxonomy's default marks; a
/// group size, number of places or weights left out take their defaults (1, 1, and 50/50 quality/price).
/// </summary>
public sealed record ReferralDetails(
    Guid CategoryId,
    [property: Description("The service user's anonymised reference: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The service user's needs, codes of the category's taxonomy, each once, each must-have or desirable with its mark; at most 100.")] IReadOnlyList<RequiredNeed> RequiredNeeds,
    [property: Description("The features the buyer would like, codes of the category's taxonomy, each once with its mark; at most 100, none when left out.")] IReadOnlyList<DesiredFeature>? DesiredFeatures,
    [property: Description("The outcomes sought for the service user, in words, up to 4,000 characters; bids' method statements answer them.")] string DesiredOutcomes,
    [property: Description("Where the service user lives: the centre of the geographic limit, and where distances are measured from.")] HomeLocation Home,
    [property: Description("How far from home, in miles, an active member establishment may be and still be invited; above 0 and at most 500 by default.")] decimal GeographicLimitMiles,
    [property: Description("When the service is to start: a calendar date in the scheme's time zone (Europe/London).")] DateOnly StartDate,
    [property: Description("How long the service is for, in weeks (1–520).")] int TermWeeks,
    [property: Description("The period bids' prices are for: `Week`, `Month` or `Annum`.")] PriceBasis PriceBasis,
    [property: Description("The size of the cohort or sibling group placed together (1–20); 1 when left out. Above 1, bids take the establishment's qualified cohort discount.")] int? GroupSize,
    [property: Description("How many places are bought (1–500; more than 1 for a block booking); 1 when left out.")] int? Places,
    [property: Description("When bids close (UTC); on publication it must leave at least the category's minimum response period (10 days by default).")] DateTimeOffset ResponseDeadline,
    [property: Description("The percentages bids are scored with, summing to 100; when left out, 50 price, 20 needs, 5 features, 5 location, 10 core competency and 10 outcomes.")] EvaluationWeights? Weights);

/// <summary>A need the service user has; <see cref="Mark"/> overrides the taxonomy's default mark for this referral.</summary>
public sealed record RequiredNeed(
    [property: Description("The need's code in the category's taxonomy, e.g. `ASD`.")] string Code,
    [property: Description("`MustHave` (a bid that does not meet it is non-compliant) or `Desirable` (meeting it only earns its mark).")] NeedPriority Priority,
    [property: Description("The mark a bid that meets the need earns (0–1,000); null or left out in a request for the taxonomy's default mark.")] decimal? Mark)
{
    public static RequiredNeed From(Domain.Referrals.RequiredNeed need) => new(need.Code, need.Priority, need.Mark);
}

/// <summary>A feature the buyer would like; <see cref="Mark"/> overrides the taxonomy's default mark for this referral.</summary>
public sealed record DesiredFeature(
    [property: Description("The feature's code in the category's taxonomy, e.g. `HALAL`.")] string Code,
    [property: Description("The mark a bid that offers the feature earns (0–1,000); null or left out in a request for the taxonomy's default mark.")] decimal? Mark)
{
    public static DesiredFeature From(Domain.Referrals.DesiredFeature feature) => new(feature.Code, feature.Mark);
}

/// <summary>Where the service user lives (postcode, latitude, longitude): the centre of the geographic limit.</summary>
public sealed record HomeLocation(
    [property: Description("The service user's home postcode, a UK postcode (e.g. `ME14 1XX`); kept in capitals.")] string Postcode,
    [property: Description("The home's latitude, in decimal degrees (−90 to 90).")] double Latitude,
    [property: Description("The home's longitude, in decimal degrees (−180 to 180).")] double Longitude)
{
    public static HomeLocation From(Domain.Referrals.HomeLocation home) => new(home.Postcode, home.Latitude, home.Longitude);

    public Domain.Referrals.HomeLocation ToDomain() => new(Postcode.Trim().ToUpperInvariant(), Latitude, Longitude);
}

/// <summary>Percentages, summing to 100: price against the quality criteria (needs, features, location, core competency, outcomes).</summary>
public sealed record EvaluationWeights(
    [property: Description("Percent of the total for price, 30–70 by default; the other five make up quality.")] decimal Price,
    [property: Description("Percent for the required needs a bid meets (for a business case, the client groups an offer serves), 0–100.")] decimal Needs,
    [property: Description("Percent for the desired features a bid offers, 0–100.")] decimal Features,
    [property: Description("Percent for the distance from the service user's home, at most 5 by default.")] decimal Location,
    [property: Description("Percent for the establishment's core competency score from qualification, at most 20 by default.")] decimal CoreCompetency,
    [property: Description("Percent for the score of the method statement on meeting the outcomes (for a business case, the buyer's fit score), 0–100.")] decimal Outcomes)
{
    public static EvaluationWeights From(Domain.Referrals.EvaluationWeights weights) =>
        new(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes);

    public Domain.Referrals.EvaluationWeights ToDomain() => new(Price, Needs, Features, Location, CoreCompetency, Outcomes);
}
