using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>A closed competition is known by its referral's id: there is one per referral.</summary>
public readonly record struct CompetitionId(Guid Value) : ITypedId<CompetitionId>
{
    public static CompetitionId From(Guid value) => new(value);

    public static CompetitionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
