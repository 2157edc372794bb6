using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Applications;

/// <summary>Extends the decision deadline (10 → 15 working days by default); the justification is recorded.</summary>
public sealed record ExtendDecisionDeadline(Guid ApplicationId, string Justification, uint? ExpectedVersion) : ICommand<ApplicationResponse>;

internal sealed class ExtendDecisionDeadlineValidator : AbstractValidator<ExtendDecisionDeadline>
{
    public ExtendDecisionDeadlineValidator() => RuleFor(c => c.Justification).NotEmpty().MaximumLength(4000);
}

internal sealed class ExtendDecisionDeadlineHandler(
    IQualificationDb db, ICurrentActor actor, SchemeClock clock, IOptions<QualificationScheme> scheme)
    : IRequestHandler<ExtendDecisionDeadline, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(ExtendDecisionDeadline command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.GetVisibleAsync(command.ApplicationId, actor, cancellationToken);
        db.ExpectVersion(application, command.ExpectedVersion);
        application.ExtendDecisionDeadline(command.Justification, clock.Calendar, scheme.Value.ExtendedDecisionWorkingDays);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, clock.Today);
    }
}
