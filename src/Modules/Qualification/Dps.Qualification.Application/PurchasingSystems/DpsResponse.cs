using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Application.PurchasingSystems;

public sealed record DpsResponse(
    Guid Id,
    string Reference,
    string Title,
    Authority LeadAuthority,
    IReadOnlyList<Authority> ParticipatingAuthorities,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTimeOffset CreatedAt,
    uint Version) : IVersioned
{
    public static DpsResponse From(DynamicPurchasingSystem dps) => new(
        dps.Id.Value,
        dps.Reference,
        dps.Title,
        dps.LeadAuthority,
        dps.ParticipatingAuthorities,
        dps.ValidFrom,
        dps.ValidUntil,
        dps.CreatedAt,
        dps.Version);
}
