using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

public sealed record GetDps(Guid DpsId) : IQuery<DpsResponse>;

internal sealed class GetDpsHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock) : IRequestHandler<GetDps, DpsResponse>
{
    public async Task<DpsResponse> Handle(GetDps query, CancellationToken cancellationToken) =>
        DpsResponse.From(await db.PurchasingSystems.AsNoTracking().VisibleTo(actor).GetAsync(query.DpsId, cancellationToken), clock.Today);
}
