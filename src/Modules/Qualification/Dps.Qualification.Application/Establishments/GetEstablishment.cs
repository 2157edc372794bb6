using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Suppliers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Establishments;

public sealed record GetEstablishment(Guid SupplierId, Guid EstablishmentId) : IQuery<EstablishmentResponse>;

internal sealed class GetEstablishmentHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<GetEstablishment, EstablishmentResponse>
{
    public async Task<EstablishmentResponse> Handle(GetEstablishment query, CancellationToken cancellationToken) =>
        actor.MayReadSupplier(query.SupplierId)
            ? EstablishmentResponse.From(await db.Establishments.AsNoTracking().GetAsync(query.SupplierId, query.EstablishmentId, cancellationToken))
            : throw new NotFoundException("Establishment", query.EstablishmentId);
}
