using Dps.Qualification.Domain.Suppliers;
using Dps.Qualification.Domain.Establishments;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Applications;

internal static class ApplicationAccess
{
    /// <summary>Suppliers see only their own applications; anyone else's is "not found", so nothing is revealed.</summary>
    public static IQueryable<MembershipApplication> VisibleTo(this IQueryable<MembershipApplication> applications, ICurrentActor actor) =>
        applications.ScopedToOwnSupplier(actor, seesAll: !actor.HasRole(DpsRoles.Supplier), id => a => a.SupplierId == SupplierId.From(id));

    public static async Task<MembershipApplication> GetVisibleAsync(
        this IQueryable<MembershipApplication> applications, Guid applicationId, ICurrentActor actor, CancellationToken cancellationToken) =>
        await applications.VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == MembershipApplicationId.From(applicationId), cancellationToken)
        ?? throw new NotFoundException("Application", applicationId);

    public static Guid SupplierIdOf(ICurrentActor actor) =>
        actor.OwnSupplierId() ?? throw new ForbiddenException("A supplier's token must name its organisation (supplier_id).");

    /// <summary>The named criteria of the application's categories, as they stand now.</summary>
    public static async Task<IReadOnlyDictionary<Guid, NamedCriteria>> CriteriaOfAsync(
        this IQualificationDb db, MembershipApplication application, CancellationToken cancellationToken)
    {
        var ids = application.Categories.Select(c => CategoryId.From(c.CategoryId)).ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        return categories.ToDictionary(c => c.Id.Value, c => new NamedCriteria(c.Name, c.Criteria));
    }

    /// <summary>The DPS's categories, the establishment's current memberships, and whether it has another undecided application.</summary>
    public static async Task<ApplicationContext> ContextForAsync(
        this IQualificationDb db, Guid dpsId, Guid establishmentId, Guid? except, CancellationToken cancellationToken)
    {
        var dps = DpsId.From(dpsId);
        var categoriesOfDps = await db.Categories.Where(c => c.DpsId == dps).Select(c => c.Id.Value).ToListAsync(cancellationToken);
        var memberOf = await db.Memberships
            .Where(m => m.EstablishmentId == EstablishmentId.From(establishmentId) && m.Status != MembershipStatus.Removed)
            .Select(m => m.CategoryId.Value)
            .ToListAsync(cancellationToken);
        var otherOpen = await db.Applications.AnyAsync(
            a => a.EstablishmentId == EstablishmentId.From(establishmentId) && a.DpsId == dps
                && (except == null || a.Id != MembershipApplicationId.From(except.Value))
                && a.Status != ApplicationStatus.Admitted && a.Status != ApplicationStatus.Rejected,
            cancellationToken);
        return new ApplicationContext(categoriesOfDps, memberOf, otherOpen);
    }
}
