using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class ShorteningMustEndEarlierRule(DateOnly validUntil, DateOnly newValidUntil) : IBusinessRule
{
    public string Message => $"Shortening must end before the current end of validity ({validUntil:yyyy-MM-dd}); {newValidUntil:yyyy-MM-dd} does not.";

    public bool IsBroken() => newValidUntil >= validUntil;
}
