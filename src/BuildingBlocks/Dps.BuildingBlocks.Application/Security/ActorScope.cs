using System.Linq.Expressions;

namespace Dps.BuildingBlocks.Application.Security;

/// <summary>
/// Whom the actor acts for, read from its token once for every module: the manager and auditors oversee everything, a
/// supplier's staff act for their own organisation, a buyer for their own authority. Modules state only their own
/// rules with these (e.g. "buyers read every offer"); what an actor may not see answers 404, so nothing is revealed.
/// </summary>
public static class ActorScope
{
    public static bool HasRole(this ICurrentActor actor, string role) => actor.Roles.Contains(role);

    /// <summary>The DPS manager and auditors oversee every supplier, authority and record.</summary>
    public static bool OverseesAll(this ICurrentActor actor) => actor.HasRole(DpsRoles.Manager) || actor.HasRole(DpsRoles.Auditor);

    /// <summary>The organisation a supplier's staff act for: their token's supplier_id; null for anyone else.</summary>
    public static Guid? OwnSupplierId(this ICurrentActor actor) =>
        actor.HasRole(DpsRoles.Supplier) && actor.SupplierId is { } id && id != Guid.Empty ? id : null;

    /// <summary>The authority a buyer acts for: their token's authority_id; null for anyone else.</summary>
    public static Guid? OwnAuthorityId(this ICurrentActor actor) =>
        actor.HasRole(DpsRoles.Buyer) && actor.AuthorityId is { } id && id != Guid.Empty ? id : null;

    /// <summary>
    /// Whether the actor sees only what its own authority takes part in: a buyer, unless it also oversees all. A buyer
    /// token without an authority sees nothing.
    /// </summary>
    public static bool SeesOnlyOwnAuthority(this ICurrentActor actor) => actor.HasRole(DpsRoles.Buyer) && !actor.OverseesAll();

    public static bool ActsForSupplier(this ICurrentActor actor, Guid supplierId) => actor.OwnSupplierId() == supplierId;

    public static bool ActsForAuthority(this ICurrentActor actor, Guid authorityId) => actor.OwnAuthorityId() == authorityId;

    /// <summary>Whether the actor may read what the supplier owns: it oversees all, or it is the supplier's own staff.</summary>
    public static bool MayReadSupplier(this ICurrentActor actor, Guid supplierId) => actor.OverseesAll() || actor.ActsForSupplier(supplierId);

    /// <summary>
    /// Everything when <paramref name="seesAll"/>; otherwise only what the actor's own supplier owns, and nothing when
    /// the actor acts for no supplier. <paramref name="ownedBy"/> states ownership for a supplier id.
    /// </summary>
    public static IQueryable<T> ScopedToOwnSupplier<T>(
        this IQueryable<T> source, ICurrentActor actor, bool seesAll, Func<Guid, Expression<Func<T, bool>>> ownedBy) =>
        source.ScopedTo(seesAll ? null : actor.OwnSupplierId(), seesAll, ownedBy);

    /// <summary>As <see cref="ScopedToOwnSupplier{T}"/>, for what a buyer's own authority owns.</summary>
    public static IQueryable<T> ScopedToOwnAuthority<T>(
        this IQueryable<T> source, ICurrentActor actor, bool seesAll, Func<Guid, Expression<Func<T, bool>>> ownedBy) =>
        source.ScopedTo(seesAll ? null : actor.OwnAuthorityId(), seesAll, ownedBy);

    private static IQueryable<T> ScopedTo<T>(
        this IQueryable<T> source, Guid? own, bool seesAll, Func<Guid, Expression<Func<T, bool>>> ownedBy) =>
        seesAll ? source
        : own is { } id ? source.Where(ownedBy(id))
        : source.Where(_ => false);
}
