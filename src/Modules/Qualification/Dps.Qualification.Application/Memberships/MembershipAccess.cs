using Dps.Qualification.Domain.Suppliers;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Memberships;

internal static class MembershipAccess
{
    /// <summary>Suppliers see only their own memberships; anyone else's is "not found".</summary>
    public static IQueryable<Membership> VisibleTo(this IQueryable<Membership> memberships, ICurrentActor actor) =>
        memberships.ScopedToOwnSupplier(actor, seesAll: !actor.HasRole(DpsRoles.Supplier), id => m => m.SupplierId == SupplierId.From(id));

    public static async Task<Membership> GetVisibleAsync(
        this IQueryable<Membership> memberships, Guid membershipId, ICurrentActor actor, CancellationToken cancellationToken) =>
        await memberships.VisibleTo(actor).SingleOrDefaultAsync(m => m.Id == MembershipId.From(membershipId), cancellationToken)
        ?? throw new NotFoundException("Membership", membershipId);

    /// <summary>The establishment's membership of the category, tracked, unless removed; null when it has none.</summary>
    public static Task<Membership?> CurrentOfAsync(
        this IQueryable<Membership> memberships, Guid establishmentId, Guid categoryId, CancellationToken cancellationToken) =>
        memberships.SingleOrDefaultAsync(
            m => m.EstablishmentId == EstablishmentId.From(establishmentId) && m.CategoryId == CategoryId.From(categoryId) && m.Status != MembershipStatus.Removed,
            cancellationToken);
}
