using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Suppliers;

public sealed record GetSupplier(Guid SupplierId) : IQuery<SupplierResponse>;

internal sealed class GetSupplierHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<GetSupplier, SupplierResponse>
{
    public async Task<SupplierResponse> Handle(GetSupplier query, CancellationToken cancellationToken) =>
        SupplierResponse.From(await db.Suppliers.AsNoTracking().GetReadableAsync(actor, query.SupplierId, cancellationToken));
}
