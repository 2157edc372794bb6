using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class EntryClosuresMustNotOverlapRule(EntryClosure closure, IReadOnlyList<EntryClosure> existing) : IBusinessRule
{
    public string Message => $"The DPS is already closed to new applications for part of {closure.ClosedFrom:yyyy-MM-dd} to {closure.ReopensOn:yyyy-MM-dd}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => existing.Any(closure.Overlaps);
}
