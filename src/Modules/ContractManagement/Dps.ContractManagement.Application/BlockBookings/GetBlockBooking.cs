using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>A block booking with its draw-downs, for its authority's buyers, its supplier, the manager and auditors.</summary>
public sealed record GetBlockBooking(Guid BlockBookingId) : IQuery<BlockBookingResponse>;

internal sealed class GetBlockBookingHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<GetBlockBooking, BlockBookingResponse>
{
    public async Task<BlockBookingResponse> Handle(GetBlockBooking query, CancellationToken cancellationToken) =>
        BlockBookingResponse.From(await db.GetReadableBlockAsync(actor, query.BlockBookingId, cancellationToken));
}
