using System.Security.Claims;
using Dps.BuildingBlocks.Application.Security;

namespace Dps.Api.Auth;

/// <summary>
/// The caller named by the bearer token, or the scope's <see cref="ActingPrincipal"/>; "system" for work no one
/// started (outbox delivery).
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor, ActingPrincipal acting) : ICurrentActor
{
    public const string SystemActor = "system";

    private ClaimsPrincipal? User => (acting.User ?? accessor.HttpContext?.User) is { Identity.IsAuthenticated: true } user ? user : null;

    public string Id => User?.FindFirstValue(DpsClaims.Subject) ?? SystemActor;

    public IReadOnlyList<string> Roles => User?.FindAll(DpsClaims.Role).Select(c => c.Value).ToList() ?? [];

    public Guid? AuthorityId => GuidClaim(DpsClaims.AuthorityId);

    public Guid? SupplierId => GuidClaim(DpsClaims.SupplierId);

    private Guid? GuidClaim(string type) => Guid.TryParse(User?.FindFirstValue(type), out var id) ? id : null;
}
