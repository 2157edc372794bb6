using System.Linq.Expressions;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Participants;

/// <summary>
/// A buyer sees the catalogue of the DPSs its authority takes part in (as Qualification's events told the Catalogue),
/// and nothing of any other: their search, taxonomies, offers and funding models answer 404, and lists leave them out.
/// The manager and auditors see every DPS; suppliers are not limited by DPS (their own rules limit them).
/// </summary>
internal static class DpsAccess
{
    /// <summary>
    /// Only what belongs to a DPS the actor may see; <paramref name="inDpss"/> states belonging to one of the DPSs whose
    /// ids a query gives.
    /// </summary>
    public static IQueryable<T> InDpssVisibleTo<T>(
        this IQueryable<T> source, ICurrentActor actor, ICatalogueDb db, Func<IQueryable<Guid>, Expression<Func<T, bool>>> inDpss) =>
        source.ScopedToOwnAuthority(actor, seesAll: !actor.SeesOnlyOwnAuthority(), authorityId => inDpss(db.DpssOf(authorityId)));

    public static async Task<bool> MaySeeDpsAsync(this ICatalogueDb db, ICurrentActor actor, Guid dpsId, CancellationToken cancellationToken) =>
        !actor.SeesOnlyOwnAuthority()
        || (actor.OwnAuthorityId() is { } authorityId && await db.DpssOf(authorityId).ContainsAsync(dpsId, cancellationToken));

    /// <summary>Before reading what belongs to the DPS: 404 unless the actor may see it.</summary>
    public static async Task EnsureMaySeeDpsAsync(this ICatalogueDb db, ICurrentActor actor, Guid dpsId, CancellationToken cancellationToken)
    {
        if (!await db.MaySeeDpsAsync(actor, dpsId, cancellationToken))
        {
            throw new NotFoundException("DPS", dpsId);
        }
    }

    /// <summary>
    /// Before reading what belongs to the category: 404 unless it is of a DPS the actor may see. A category the
    /// Catalogue has no taxonomy for belongs to no DPS it knows, so a buyer does not see it.
    /// </summary>
    public static async Task EnsureMaySeeCategoryAsync(this ICatalogueDb db, ICurrentActor actor, Guid categoryId, CancellationToken cancellationToken)
    {
        var visible = db.Taxonomies.Where(t => t.CategoryId == categoryId).InDpssVisibleTo(actor, db, dpss => t => dpss.Contains(t.DpsId));
        if (actor.SeesOnlyOwnAuthority() && !await visible.AnyAsync(cancellationToken))
        {
            throw new NotFoundException("Category", categoryId);
        }
    }

    /// <summary>The ids of the DPSs the authority takes part in.</summary>
    private static IQueryable<Guid> DpssOf(this ICatalogueDb db, Guid authorityId) =>
        db.DpsParticipants.Where(p => p.AuthorityIds.Contains(authorityId)).Select(p => p.DpsId);
}
