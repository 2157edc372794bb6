using System.Security.Claims;
using Dps.BuildingBlocks.Application.Security;

namespace Dps.Api.Auth;

/// <summary>The caller named by the bearer token; "system" for work no request started (outbox delivery, seeding).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string SystemActor = "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string Id => User?.FindFirstValue(DpsClaims.Subject) ?? SystemActor;

    public IReadOnlyList<string> Roles => User?.FindAll(DpsClaims.Role).Select(c => c.Value).ToList() ?? [];

    public Guid? AuthorityId => GuidClaim(DpsClaims.AuthorityId);

    public Guid? SupplierId => GuidClaim(DpsClaims.SupplierId);

    private Guid? GuidClaim(string type) => Guid.TryParse(User?.FindFirstValue(type), out var id) ? id : null;
}
