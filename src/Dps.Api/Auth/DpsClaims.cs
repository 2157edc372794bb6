namespace Dps.Api.Auth;

public static class DpsClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string AuthorityId = "authority_id";
    public const string SupplierId = "supplier_id";
}
