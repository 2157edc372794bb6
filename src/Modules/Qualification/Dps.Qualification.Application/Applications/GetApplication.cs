using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Applications;

public sealed record GetApplication(Guid ApplicationId) : IQuery<ApplicationResponse>;

internal sealed class GetApplicationHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<GetApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(GetApplication query, CancellationToken cancellationToken) =>
        ApplicationResponse.From(await db.Applications.AsNoTracking().GetVisibleAsync(query.ApplicationId, actor, cancellationToken), clock.Today);
}
