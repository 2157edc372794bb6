using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Reviews;

public readonly record struct PerformanceReviewId(Guid Value) : ITypedId<PerformanceReviewId>
{
    public static PerformanceReviewId From(Guid value) => new(value);

    public static PerformanceReviewId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
