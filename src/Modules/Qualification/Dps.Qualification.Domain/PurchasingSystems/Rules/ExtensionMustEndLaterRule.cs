using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class ExtensionMustEndLaterRule(DateOnly validUntil, DateOnly newValidUntil) : IBusinessRule
{
    public string Message => $"An extension must end after the current end of validity ({validUntil:yyyy-MM-dd}); {newValidUntil:yyyy-MM-dd} does not.";

    public bool IsBroken() => newValidUntil <= validUntil;
}
