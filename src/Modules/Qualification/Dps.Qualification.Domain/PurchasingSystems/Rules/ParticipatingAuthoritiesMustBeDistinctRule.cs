using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class ParticipatingAuthoritiesMustBeDistinctRule(IReadOnlyList<Authority> participatingAuthorities) : IBusinessRule
{
    public string Message => "Each participating authority may be named only once.";

    public bool IsBroken() => participatingAuthorities.DistinctBy(a => a.Id).Count() != participatingAuthorities.Count;
}
