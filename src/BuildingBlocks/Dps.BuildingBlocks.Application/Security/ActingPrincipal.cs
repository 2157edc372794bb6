using System.Security.Claims;

namespace Dps.BuildingBlocks.Application.Security;

/// <summary>
/// Whom work started outside a request acts as, in one scope (the demo data acts as its suppliers and manager). The
/// host's <see cref="ICurrentActor"/> reads it, so the same checks and the same audit entries apply as to a request
/// with their token.
/// </summary>
public sealed class ActingPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
