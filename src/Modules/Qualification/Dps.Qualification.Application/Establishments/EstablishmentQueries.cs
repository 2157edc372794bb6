using Dps.BuildingBlocks.Application.Errors;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Establishments;

internal static class EstablishmentQueries
{
    public static IQueryable<Establishment> OfSupplier(this IQueryable<Establishment> establishments, Guid supplierId) =>
        establishments.Where(e => e.SupplierId == SupplierId.From(supplierId));

    public static async Task<Establishment> GetAsync(
        this IQueryable<Establishment> establishments, Guid supplierId, Guid establishmentId, CancellationToken cancellationToken) =>
        await establishments.OfSupplier(supplierId).SingleOrDefaultAsync(e => e.Id == EstablishmentId.From(establishmentId), cancellationToken)
        ?? throw new NotFoundException("Establishment", establishmentId);
}
