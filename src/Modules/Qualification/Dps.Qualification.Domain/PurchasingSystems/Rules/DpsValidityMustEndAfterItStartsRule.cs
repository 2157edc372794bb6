using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class DpsValidityMustEndAfterItStartsRule(DateOnly validFrom, DateOnly validUntil) : IBusinessRule
{
    public string Message => $"The period of validity must end after it starts ({validFrom:yyyy-MM-dd} to {validUntil:yyyy-MM-dd}).";

    public bool IsBroken() => validUntil <= validFrom;
}
