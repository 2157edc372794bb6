using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments;

public readonly record struct PeriodInvoiceId(Guid Value) : ITypedId<PeriodInvoiceId>
{
    public static PeriodInvoiceId From(Guid value) => new(value);

    public static PeriodInvoiceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
