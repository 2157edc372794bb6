using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class LeadAuthorityMustParticipateRule(Authority leadAuthority, IReadOnlyList<Authority> participatingAuthorities) : IBusinessRule
{
    public string Message => $"The lead authority '{leadAuthority.Name}' must be one of the participating authorities.";

    public bool IsBroken() => participatingAuthorities.All(a => a.Id != leadAuthority.Id);
}
