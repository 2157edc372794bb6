namespace Dps.ContractManagement.Application.Publications;

/// <summary>Stable ids of the parties across every release and quarter: the kind of party and the platform's id.</summary>
internal static class PartyIds
{
    public static string Authority(Guid id) => $"authority-{id:D}";

    public static string Supplier(Guid id) => $"supplier-{id:D}";

    public static string Dps(Guid id) => $"dps-{id:D}";
}
