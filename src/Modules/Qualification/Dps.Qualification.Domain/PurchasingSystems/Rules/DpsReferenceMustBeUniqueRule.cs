using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class DpsReferenceMustBeUniqueRule(string reference, bool referenceTaken) : IBusinessRule
{
    public string Message => $"A DPS with reference '{reference}' already exists.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => referenceTaken;
}
