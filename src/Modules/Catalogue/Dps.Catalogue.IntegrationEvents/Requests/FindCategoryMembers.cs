using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Catalogue.IntegrationEvents.Requests;

/// <summary>
/// Asked by Referral when it publishes: every member establishment of the category as the Catalogue lists it now —
/// active and suspended, never removed — with its great-circle distance from the point. The distance is rounded the
/// way the search rounds it (2 decimals, half away from zero); <see cref="CategoryMember.WithinLimit"/> is decided as the
/// search decides it, on the unrounded distance, so an establishment exactly at the limit is inside.
/// </summary>
public sealed record FindCategoryMembers(Guid CategoryId, double Latitude, double Longitude, decimal RadiusMiles)
    : IQuery<IReadOnlyList<CategoryMember>>;

/// <summary>
/// One member of the category: where it stands and, when it is within the limit, what its profile says it meets and offers
/// (beyond the limit <see cref="Needs"/> and <see cref="Features"/> are empty: no one asks for the fit of a member not invited).
/// </summary>
public sealed record CategoryMember(
    Guid EstablishmentId,
    Guid SupplierId,
    string Name,
    bool Active,
    decimal DistanceMiles,
    bool WithinLimit,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Features);
