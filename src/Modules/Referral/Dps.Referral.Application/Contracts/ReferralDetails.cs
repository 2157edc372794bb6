using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.Contracts;

/// <summary>
/// What a buyer sends to raise or change a referral. Marks left out take the category taxonomy's default marks; a
/// group size, number of places or weights left out take their defaults (1, 1, and 50/50 quality/price).
/// </summary>
public sealed record ReferralDetails(
    Guid CategoryId,
    string ServiceUserReference,
    IReadOnlyList<RequiredNeed> RequiredNeeds,
    IReadOnlyList<DesiredFeature>? DesiredFeatures,
    string DesiredOutcomes,
    HomeLocation Home,
    decimal GeographicLimitMiles,
    DateOnly StartDate,
    int TermWeeks,
    PriceBasis PriceBasis,
    int? GroupSize,
    int? Places,
    DateTimeOffset ResponseDeadline,
    EvaluationWeights? Weights);

/// <summary>A need the service user has; <see cref="Mark"/> overrides the taxonomy's default mark for this referral.</summary>
public sealed record RequiredNeed(string Code, NeedPriority Priority, decimal? Mark)
{
    public static RequiredNeed From(Domain.Referrals.RequiredNeed need) => new(need.Code, need.Priority, need.Mark);
}

/// <summary>A feature the buyer would like; <see cref="Mark"/> overrides the taxonomy's default mark for this referral.</summary>
public sealed record DesiredFeature(string Code, decimal? Mark)
{
    public static DesiredFeature From(Domain.Referrals.DesiredFeature feature) => new(feature.Code, feature.Mark);
}

/// <summary>Where the service user lives (postcode, latitude, longitude): the centre of the geographic limit.</summary>
public sealed record HomeLocation(string Postcode, double Latitude, double Longitude)
{
    public static HomeLocation From(Domain.Referrals.HomeLocation home) => new(home.Postcode, home.Latitude, home.Longitude);

    public Domain.Referrals.HomeLocation ToDomain() => new(Postcode.Trim().ToUpperInvariant(), Latitude, Longitude);
}

/// <summary>Percentages, summing to 100: price against the quality criteria (needs, features, location, core competency, outcomes).</summary>
public sealed record EvaluationWeights(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal Outcomes)
{
    public static EvaluationWeights From(Domain.Referrals.EvaluationWeights weights) =>
        new(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes);

    public Domain.Referrals.EvaluationWeights ToDomain() => new(Price, Needs, Features, Location, CoreCompetency, Outcomes);
}
