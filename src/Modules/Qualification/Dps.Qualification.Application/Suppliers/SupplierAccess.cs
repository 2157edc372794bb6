using Dps.BuildingBlocks.Application.Security;

namespace Dps.Qualification.Application.Suppliers;

/// <summary>
/// Who may see or change a supplier's organisation and establishments. Anyone else is told the resource
/// does not exist (404), so nothing about another supplier is revealed.
/// </summary>
internal static class SupplierAccess
{
    /// <summary>The DPS manager and auditors oversee every supplier.</summary>
    public static bool OverseesAllSuppliers(this ICurrentActor actor) =>
        actor.Roles.Contains(DpsRoles.Manager) || actor.Roles.Contains(DpsRoles.Auditor);

    /// <summary>The organisation a supplier's staff act for: their token's supplier_id; null for anyone else.</summary>
    public static Guid? OwnSupplierId(this ICurrentActor actor) =>
        actor.Roles.Contains(DpsRoles.Supplier) && actor.SupplierId is { } id && id != Guid.Empty ? id : null;

    public static bool ActsFor(this ICurrentActor actor, Guid supplierId) => actor.OwnSupplierId() == supplierId;

    public static bool MayRead(this ICurrentActor actor, Guid supplierId) =>
        actor.OverseesAllSuppliers() || actor.ActsFor(supplierId);
}
