using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

public sealed record GetDps(Guid DpsId) : IQuery<DpsResponse>;

internal sealed class GetDpsHandler(IQualificationDb db, TimeProvider clock, IOptions<QualificationScheme> scheme) : IRequestHandler<GetDps, DpsResponse>
{
    public async Task<DpsResponse> Handle(GetDps query, CancellationToken cancellationToken) =>
        DpsResponse.From(await db.PurchasingSystems.AsNoTracking().GetAsync(query.DpsId, cancellationToken), clock.Today(scheme.Value.Zone));
}
