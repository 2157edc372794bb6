using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Application.Contracts;

/// <summary>A contracting authority (a council, a DWP district); buyers' tokens name its id.</summary>
public sealed record Authority(
    Guid Id,
    [property: Description("The authority's name, up to 200 characters, e.g. West Sussex County Council.")] string Name) : IRequestContract<Domain.PurchasingSystems.Authority>
{
    public static Authority From(Domain.PurchasingSystems.Authority authority) => new(authority.Id, authority.Name);

    public Domain.PurchasingSystems.Authority ToDomain() => new(Id, Name);
}

/// <summary>A period in which the DPS takes no new applications; it reopens by itself on <see cref="ReopensOn"/>.</summary>
public sealed record EntryClosure(
    Guid Id,
    [property: Description("The first day the DPS takes no new applications (a calendar date in the scheme's time zone, Europe/London).")] DateOnly ClosedFrom,
    [property: Description("The day it takes applications again, by itself; the closure covers the days before it.")] DateOnly ReopensOn,
    [property: Description("Why the DPS is closed to new applications, e.g. onboarding.")] string Reason,
    [property: Description("Who recorded the closure (the token's subject).")] string RecordedBy,
    [property: Description("When the closure was recorded (UTC).")] DateTimeOffset RecordedAt)
{
    public static EntryClosure From(Domain.PurchasingSystems.EntryClosure closure) =>
        new(closure.Id, closure.ClosedFrom, closure.ReopensOn, closure.Reason, closure.RecordedBy, closure.RecordedAt);
}

/// <summary>A recorded change of the period of validity.</summary>
public sealed record ValidityChange(
    [property: Description("`Extended`, `Shortened` or `Terminated`.")] ValidityChangeKind Kind,
    [property: Description("The last day of validity before the change (a calendar date in the scheme's time zone, Europe/London).")] DateOnly PreviousValidUntil,
    [property: Description("The last day of validity after the change (a calendar date in the scheme's time zone, Europe/London).")] DateOnly NewValidUntil,
    [property: Description("Why the period of validity was changed.")] string Reason,
    [property: Description("Who changed it (the token's subject).")] string ChangedBy,
    [property: Description("When it was changed (UTC).")] DateTimeOffset ChangedAt)
{
    public static ValidityChange From(Domain.PurchasingSystems.ValidityChange change) =>
        new(change.Kind, change.PreviousValidUntil, change.NewValidUntil, change.Reason, change.ChangedBy, change.ChangedAt);
}
