using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>Closes a DPS to new applications from <paramref name="ClosedFrom"/> until it reopens on <paramref name="ReopensOn"/>.</summary>
public sealed record CloseToNewApplications(Guid DpsId, DateOnly? ClosedFrom, DateOnly? ReopensOn, string Reason)
    : ICommand<EntryClosure>;

internal sealed class CloseToNewApplicationsValidator : AbstractValidator<CloseToNewApplications>
{
    public CloseToNewApplicationsValidator()
    {
        RuleFor(c => c.ClosedFrom).NotNull();
        RuleFor(c => c.ReopensOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(ChangeValidityValidator.MaxReasonLength);
    }
}

internal sealed class CloseToNewApplicationsHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<CloseToNewApplications, EntryClosure>
{
    public async Task<EntryClosure> Handle(CloseToNewApplications command, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.GetAsync(command.DpsId, cancellationToken);
        var closure = dps.CloseToNewApplications(
            command.ClosedFrom!.Value, command.ReopensOn!.Value, command.Reason, actor.Id, clock.Today, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return closure;
    }
}
