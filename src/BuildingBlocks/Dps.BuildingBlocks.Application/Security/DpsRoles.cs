namespace Dps.BuildingBlocks.Application.Security;

public static class DpsRoles
{
    public const string Manager = "dps-manager";
    public const string Buyer = "buyer";
    public const string Supplier = "supplier";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [Manager, Buyer, Supplier, Auditor];
}
