namespace Dps.Catalogue.Domain.Listings;

/// <summary>Which membership a Qualification event is about, and when it happened there (its OccurredAt).</summary>
public readonly record struct MembershipFact(Guid MembershipId, DateTimeOffset OccurredAt);
