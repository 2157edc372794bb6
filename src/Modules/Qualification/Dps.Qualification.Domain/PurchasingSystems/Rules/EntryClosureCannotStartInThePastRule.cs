using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

/// <summary>Closing entry retroactively would rewrite whether past applications were allowed.</summary>
internal sealed class EntryClosureCannotStartInThePastRule(DateOnly closedFrom, DateOnly today) : IBusinessRule
{
    public string Message => $"An entry closure cannot start before today ({today:yyyy-MM-dd}).";

    public bool IsBroken() => closedFrom < today;
}
