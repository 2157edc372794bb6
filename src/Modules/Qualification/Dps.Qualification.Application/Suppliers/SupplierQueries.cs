using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Suppliers;

internal static class SupplierQueries
{
    /// <summary>The supplier, if it exists and the actor may read it.</summary>
    public static async Task<Supplier> GetReadableAsync(
        this IQueryable<Supplier> suppliers, ICurrentActor actor, Guid supplierId, CancellationToken cancellationToken) =>
        actor.MayReadSupplier(supplierId)
            ? await suppliers.GetAsync(supplierId, cancellationToken)
            : throw new NotFoundException("Supplier", supplierId);

    /// <summary>The supplier, if it exists and the actor is its own staff.</summary>
    public static async Task<Supplier> GetOwnAsync(
        this IQueryable<Supplier> suppliers, ICurrentActor actor, Guid supplierId, CancellationToken cancellationToken) =>
        actor.ActsForSupplier(supplierId)
            ? await suppliers.GetAsync(supplierId, cancellationToken)
            : throw new NotFoundException("Supplier", supplierId);

    private static async Task<Supplier> GetAsync(this IQueryable<Supplier> suppliers, Guid supplierId, CancellationToken cancellationToken) =>
        await suppliers.SingleOrDefaultAsync(s => s.Id == SupplierId.From(supplierId), cancellationToken)
        ?? throw new NotFoundException("Supplier", supplierId);
}
