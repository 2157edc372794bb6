using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Outcomes;

public readonly record struct OutcomeReportId(Guid Value) : ITypedId<OutcomeReportId>
{
    public static OutcomeReportId From(Guid value) => new(value);

    public static OutcomeReportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
