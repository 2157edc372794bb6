using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Applications;

/// <summary>Replaces a draft's categories, answers and costs.</summary>
public sealed record ReviseApplication(Guid ApplicationId, IReadOnlyList<CategoryApplicationInput> Categories, uint? ExpectedVersion)
    : ICommand<ApplicationResponse>;

internal sealed class ReviseApplicationValidator : AbstractValidator<ReviseApplication>
{
    public ReviseApplicationValidator() => RuleFor(c => c.Categories).MustBeCategoryApplications();
}

internal sealed class ReviseApplicationHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ReviseApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(ReviseApplication command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.GetVisibleAsync(command.ApplicationId, actor, cancellationToken);
        db.ExpectVersion(application, command.ExpectedVersion);
        var context = await db.ContextForAsync(application.DpsId.Value, application.EstablishmentId.Value, application.Id.Value, cancellationToken);
        application.Revise(command.Categories.Select(c => c.ToCategoryApplication()).ToList(), context);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, clock.Today);
    }
}
