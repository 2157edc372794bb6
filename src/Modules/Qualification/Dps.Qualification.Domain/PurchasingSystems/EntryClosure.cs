namespace Dps.Qualification.Domain.PurchasingSystems;

/// <summary>A period in which the DPS takes no new applications (e.g. for onboarding); it reopens by itself on <see cref="ReopensOn"/>.</summary>
public sealed record EntryClosure(Guid Id, DateOnly ClosedFrom, DateOnly ReopensOn, string Reason, string RecordedBy, DateTimeOffset RecordedAt)
{
    public bool Covers(DateOnly day) => day >= ClosedFrom && day < ReopensOn;

    public bool Overlaps(EntryClosure other) => ClosedFrom < other.ReopensOn && other.ClosedFrom < ReopensOn;
}
