using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Applications;

/// <summary>
/// Submits a draft: refused while the DPS is closed or outside its validity, when an answer or a core cost is missing,
/// or when core costs exceed the affordability cap. The decision is then due in the scheme's working days.
/// </summary>
public sealed record SubmitApplication(Guid ApplicationId, uint? ExpectedVersion) : ICommand<ApplicationResponse>;

internal sealed class SubmitApplicationHandler(
    IQualificationDb db, ICurrentActor actor, SchemeClock clock, IOptions<QualificationScheme> scheme)
    : IRequestHandler<SubmitApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(SubmitApplication command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.GetVisibleAsync(command.ApplicationId, actor, cancellationToken);
        db.ExpectVersion(application, command.ExpectedVersion);
        var today = clock.Today;
        var dps = await db.PurchasingSystems.GetAsync(application.DpsId.Value, cancellationToken);
        application.Submit(
            dps.StatusOn(today),
            await db.CriteriaOfAsync(application, cancellationToken),
            scheme.Value.Currency,
            clock.Calendar,
            scheme.Value.DecisionWorkingDays,
            today);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, today);
    }
}
