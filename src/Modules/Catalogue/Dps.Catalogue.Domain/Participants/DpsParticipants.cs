using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Participants;

/// <summary>
/// The authorities taking part in a DPS (the lead among them), as Qualification last told the Catalogue: their buyers
/// see the DPS's catalogue, and no other authority's do. Only Qualification's events change it; as they may arrive in
/// any order, the one that happened last wins.
/// </summary>
public sealed class DpsParticipants : AggregateRoot
{
    private DpsParticipants()
    {
    }

    public DpsParticipantsId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid[] AuthorityIds { get; private set; } = [];

    /// <summary>When the change that set <see cref="AuthorityIds"/> happened in Qualification; an older change no longer applies.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static DpsParticipants Learn(Guid dpsId, IReadOnlyList<Guid> authorityIds, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        var participants = new DpsParticipants { Id = DpsParticipantsId.New(), DpsId = dpsId, AsOf = DateTimeOffset.MinValue };
        participants.Change(authorityIds, occurredAt, now);
        return participants;
    }

    /// <summary>The whole set as it stands at <paramref name="occurredAt"/>; a change older than the one known is a late delivery, and changes nothing.</summary>
    public void Change(IReadOnlyList<Guid> authorityIds, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        if (occurredAt <= AsOf)
        {
            return;
        }

        AuthorityIds = [.. authorityIds.Distinct()];
        AsOf = occurredAt;
        UpdatedAt = now;
    }
}
