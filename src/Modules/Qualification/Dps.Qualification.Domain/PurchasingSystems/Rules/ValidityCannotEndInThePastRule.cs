using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

/// <summary>History is not rewritten: the DPS was valid on the days already past.</summary>
internal sealed class ValidityCannotEndInThePastRule(DateOnly newValidUntil, DateOnly today) : IBusinessRule
{
    public string Message => $"The period of validity cannot end before today ({today:yyyy-MM-dd}).";

    public bool IsBroken() => newValidUntil < today;
}
