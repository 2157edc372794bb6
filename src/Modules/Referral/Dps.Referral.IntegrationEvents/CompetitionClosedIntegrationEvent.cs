using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.IntegrationEvents;

/// <summary>
/// A referral's response deadline passed: it is closed, its bids are frozen and opened. Everything Evaluation scores
/// with is here, so that it never reads Referral's tables: the referral's terms and weights, and each live bid's inputs.
/// Raised once per referral. <paramref name="ServiceUserReference"/> is the anonymised reference, never a name; <paramref name="PriceBasis"/> is <c>Week</c>, <c>Month</c> or <c>Annum</c>.
/// </summary>
public sealed record CompetitionClosedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    string ServiceUserReference,
    string PriceBasis,
    int GroupSize,
    int Places,
    DateOnly StartDate,
    int TermWeeks,
    ClosedCompetitionWeights Weights,
    IReadOnlyList<ClosedCompetitionNeed> RequiredNeeds,
    IReadOnlyList<ClosedCompetitionFeature> DesiredFeatures,
    ClosedCompetitionHome Home,
    DateTimeOffset PublishedAt,
    DateTimeOffset ResponseDeadline,
    DateTimeOffset ClosedAt,
    IReadOnlyList<ClosedCompetitionBid> Bids) : IntegrationEvent(Id, OccurredAt);

/// <summary>Percentages summing to 100: price against the quality criteria.</summary>
public sealed record ClosedCompetitionWeights(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal Outcomes);

/// <summary><paramref name="Priority"/> is <c>MustHave</c> (unmet: the bid is non-compliant) or <c>Desirable</c>.</summary>
public sealed record ClosedCompetitionNeed(string Code, string Priority, decimal Mark);

public sealed record ClosedCompetitionFeature(string Code, decimal Mark);

public sealed record ClosedCompetitionHome(string Postcode, double Latitude, double Longitude);

public sealed record ClosedCompetitionCostLine(string Code, string? Description, Money Amount);

/// <summary>
/// One live bid, opened: its price as the platform computed it (core + variable − group discount, to the penny), its
/// lines, what it meets, its distance from the home (as recorded on its invitation), its core competency score at
/// close (null if Qualification no longer knows the membership), and the receipt digest it can be checked against.
/// </summary>
public sealed record ClosedCompetitionBid(
    Guid BidId,
    Guid EstablishmentId,
    Guid SupplierId,
    Money Total,
    Money Core,
    Money Variable,
    decimal DiscountPercent,
    Money Discount,
    IReadOnlyList<ClosedCompetitionCostLine> CoreCosts,
    IReadOnlyList<ClosedCompetitionCostLine> VariableCosts,
    IReadOnlyList<string> NeedsMet,
    IReadOnlyList<string> FeaturesMet,
    string MethodStatement,
    DateOnly ProposedStartDate,
    decimal DistanceMiles,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? RevisedAt,
    string ReceiptDigest,
    decimal? CoreCompetencyScore);
