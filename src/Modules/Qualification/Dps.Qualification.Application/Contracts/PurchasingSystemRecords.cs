using Dps.BuildingBlocks.Application.Contracts;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Application.Contracts;

/// <summary>A contracting authority (a council, a DWP district); buyers' tokens name its id.</summary>
public sealed record Authority(Guid Id, string Name) : IRequestContract<Domain.PurchasingSystems.Authority>
{
    public static Authority From(Domain.PurchasingSystems.Authority authority) => new(authority.Id, authority.Name);

    public Domain.PurchasingSystems.Authority ToDomain() => new(Id, Name);
}

/// <summary>A period in which the DPS takes no new applications; it reopens by itself on <see cref="ReopensOn"/>.</summary>
public sealed record EntryClosure(Guid Id, DateOnly ClosedFrom, DateOnly ReopensOn, string Reason, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static EntryClosure From(Domain.PurchasingSystems.EntryClosure closure) =>
        new(closure.Id, closure.ClosedFrom, closure.ReopensOn, closure.Reason, closure.RecordedBy, closure.RecordedAt);
}

/// <summary>A recorded change of the period of validity.</summary>
public sealed record ValidityChange(
    ValidityChangeKind Kind,
    DateOnly PreviousValidUntil,
    DateOnly NewValidUntil,
    string Reason,
    string ChangedBy,
    DateTimeOffset ChangedAt)
{
    public static ValidityChange From(Domain.PurchasingSystems.ValidityChange change) =>
        new(change.Kind, change.PreviousValidUntil, change.NewValidUntil, change.Reason, change.ChangedBy, change.ChangedAt);
}
