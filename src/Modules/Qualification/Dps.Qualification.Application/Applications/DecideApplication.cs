using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using MediatR;

namespace Dps.Qualification.Application.Applications;

/// <summary>Decides every category of an evaluated application; admitted categories become memberships.</summary>
public sealed record DecideApplication(Guid ApplicationId, uint? ExpectedVersion) : ICommand<ApplicationResponse>;

internal sealed class DecideApplicationHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<DecideApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(DecideApplication command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.GetVisibleAsync(command.ApplicationId, actor, cancellationToken);
        db.ExpectVersion(application, command.ExpectedVersion);
        application.Decide(await db.CriteriaOfAsync(application, cancellationToken), clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, clock.Today);
    }
}
