using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Participants;

public readonly record struct DpsParticipantsId(Guid Value) : ITypedId<DpsParticipantsId>
{
    public static DpsParticipantsId From(Guid value) => new(value);

    public static DpsParticipantsId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
