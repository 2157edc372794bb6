using System.Security.Claims;

namespace Dps.Api.Auth;

/// <summary>
/// Whom work the host starts itself acts as, in one scope (the demo data acts as its suppliers and manager), so that
/// the same checks and the same audit entries apply as to a request with their token.
/// </summary>
public sealed class ActingPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
