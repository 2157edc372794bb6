using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>A business case's offer matching is known by the business case's (referral's) id: there is one per business case.</summary>
public readonly record struct BusinessCaseMatchId(Guid Value) : ITypedId<BusinessCaseMatchId>
{
    public static BusinessCaseMatchId From(Guid value) => new(value);

    public static BusinessCaseMatchId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
