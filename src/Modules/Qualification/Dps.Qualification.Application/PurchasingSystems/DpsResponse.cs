using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Application.PurchasingSystems;

public sealed record DpsResponse(
    Guid Id,
    [property: Description("The DPS's unique reference.")] string Reference,
    [property: Description("The DPS's title.")] string Title,
    [property: Description("The contracting authority that runs the DPS; it is also one of the participating authorities.")] Contracts.Authority LeadAuthority,
    [property: Description("The authorities whose buyers may buy through the DPS, the lead among them.")] IReadOnlyList<Contracts.Authority> ParticipatingAuthorities,
    [property: Description("The first day of its period of validity (a calendar date in the scheme's time zone, Europe/London).")] DateOnly ValidFrom,
    [property: Description("The last day of its period of validity (Europe/London calendar date); it moves only by recorded validity changes.")] DateOnly ValidUntil,
    [property: Description("Its state today: `NotYetOpen`, `Open`, `ClosedToNewApplications` (in an entry closure), `Expired` or `Terminated`.")] DpsStatus Status,
    [property: Description("When it was set up (UTC).")] DateTimeOffset CreatedAt,
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
