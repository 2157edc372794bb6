namespace Dps.BuildingBlocks.Application.Security;

/// <summary>The claim types of a Dps token; the role claim holds one of <see cref="DpsRoles"/>.</summary>
public static class DpsClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string AuthorityId = "authority_id";
    public const string SupplierId = "supplier_id";
}
