using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class EntryClosureMustEndAfterItStartsRule(DateOnly closedFrom, DateOnly reopensOn) : IBusinessRule
{
    public string Message => $"An entry closure must reopen after it starts ({closedFrom:yyyy-MM-dd} to {reopensOn:yyyy-MM-dd}).";

    public bool IsBroken() => reopensOn <= closedFrom;
}
