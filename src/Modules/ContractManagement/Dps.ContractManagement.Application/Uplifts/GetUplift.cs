using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.Domain.Uplifts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Uplifts;

public sealed record GetUplift(Guid UpliftId) : IQuery<UpliftResponse>;

internal sealed class GetUpliftHandler(IContractManagementDb db) : IRequestHandler<GetUplift, UpliftResponse>
{
    public async Task<UpliftResponse> Handle(GetUplift query, CancellationToken cancellationToken) =>
        UpliftResponse.From(
            await db.Uplifts.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UpliftId.From(query.UpliftId), cancellationToken)
            ?? throw new NotFoundException("Uplift", query.UpliftId));
}
