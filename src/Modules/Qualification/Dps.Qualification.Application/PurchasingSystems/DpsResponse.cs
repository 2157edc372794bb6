using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Application.PurchasingSystems;

public sealed record DpsResponse(
    Guid Id,
    string Reference,
    string Title,
    Contracts.Authority LeadAuthority,
    IReadOnlyList<Contracts.Authority> ParticipatingAuthorities,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DpsStatus Status,
    DateTimeOffset CreatedAt,
    uint Version) : IVersioned
{
    /// <summary>The DPS as it stands on <paramref name="today"/> (its status depends on the date).</summary>
    public static DpsResponse From(DynamicPurchasingSystem dps, DateOnly today) => new(
        dps.Id.Value,
        dps.Reference,
        dps.Title,
        Contracts.Authority.From(dps.LeadAuthority),
        [.. dps.ParticipatingAuthorities.Select(Contracts.Authority.From)],
        dps.ValidFrom,
        dps.ValidUntil,
        dps.StatusOn(today),
        dps.CreatedAt,
        dps.Version);
}
