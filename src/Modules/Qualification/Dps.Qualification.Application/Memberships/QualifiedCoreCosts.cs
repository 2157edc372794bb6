using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Qualification.Application.Memberships;

internal static class QualifiedCoreCosts
{
    /// <summary>The core costs a member qualified with, as the other modules are told them.</summary>
    public static List<QualifiedCoreCost> Of(Membership membership) => [.. membership.CoreCosts.Select(c => new QualifiedCoreCost(c.LineCode, c.Amount))];
}
