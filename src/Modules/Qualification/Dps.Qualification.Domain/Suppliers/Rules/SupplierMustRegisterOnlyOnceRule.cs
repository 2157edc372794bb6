using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Suppliers.Rules;

internal sealed class SupplierMustRegisterOnlyOnceRule(SupplierId supplierId, bool alreadyRegistered) : IBusinessRule
{
    public string Message => $"Supplier '{supplierId}' is already registered; update its organisation instead.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => alreadyRegistered;
}
