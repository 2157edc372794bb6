using System.Security.Claims;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.DemoData;

/// <summary>Who the demo data acts as: SET's and DWP's procurement team, a buyer of a partner authority, and each demo supplier's staff.</summary>
internal static class DemoActors
{
    public static ClaimsPrincipal Manager { get; } = Principal("demo-dps-manager", DpsRoles.Manager);

    public static ClaimsPrincipal Supplier(Guid supplierId) =>
        Principal($"demo-supplier-{supplierId}", DpsRoles.Supplier, new Claim(DpsClaims.SupplierId, supplierId.ToString()));

    public static ClaimsPrincipal Buyer(Guid authorityId) =>
        Principal($"demo-buyer-{authorityId}", DpsRoles.Buyer, new Claim(DpsClaims.AuthorityId, authorityId.ToString()));

    /// <summary>A scope whose commands act as the principal, as a request with its token would.</summary>
    public static AsyncServiceScope ScopeAs(this IServiceScopeFactory scopes, ClaimsPrincipal principal)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingPrincipal>().User = principal;
        return scope;
    }

    private static ClaimsPrincipal Principal(string subject, string role, params Claim[] claims) => new(new ClaimsIdentity(
        [new Claim(DpsClaims.Subject, subject), new Claim(DpsClaims.Role, role), .. claims],
        "demo",
        DpsClaims.Subject,
        DpsClaims.Role));
}
