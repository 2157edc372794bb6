using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.FundingModels;

public readonly record struct FundingModelId(Guid Value) : ITypedId<FundingModelId>
{
    public static FundingModelId From(Guid value) => new(value);

    public static FundingModelId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
