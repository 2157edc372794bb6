using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.Suppliers;
using Dps.Qualification.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Requests;

internal sealed class FindPublicNamesHandler(IQualificationDb db) : IRequestHandler<FindPublicNames, PublicNames>
{
    public async Task<PublicNames> Handle(FindPublicNames query, CancellationToken cancellationToken)
    {
        var dpsIds = query.DpsIds.Select(DpsId.From).ToList();
        var categoryIds = query.CategoryIds.Select(CategoryId.From).ToList();
        var supplierIds = query.SupplierIds.Select(SupplierId.From).ToList();
        var authorities = (await db.PurchasingSystems.AsNoTracking().Where(d => dpsIds.Contains(d.Id)).Select(d => d.ParticipatingAuthorities).ToListAsync(cancellationToken))
            .SelectMany(a => a)
            .DistinctBy(a => a.Id)
            .ToDictionary(a => a.Id, a => a.Name);
        var categories = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id.Value, c => c.Name, cancellationToken);
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id.Value, s => new PublicSupplier(s.Name, s.IsSme), cancellationToken);
        return new PublicNames(authorities, categories, suppliers);
    }
}
