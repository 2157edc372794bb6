using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>Extends, shortens or terminates a DPS's period of validity, with the reason recorded.</summary>
public sealed record ChangeValidity(Guid DpsId, ValidityChangeKind? Kind, DateOnly? NewValidUntil, string Reason, uint? ExpectedVersion)
    : ICommand<DpsResponse>;

internal sealed class ChangeValidityValidator : AbstractValidator<ChangeValidity>
{
    public const int MaxReasonLength = 2000;

    public ChangeValidityValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.NewValidUntil).NotNull().When(c => c.Kind is ValidityChangeKind.Extended or ValidityChangeKind.Shortened)
            .WithMessage("Give 'NewValidUntil' for an extension or a shortening.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MaxReasonLength);
    }
}

internal sealed class ChangeValidityHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ChangeValidity, DpsResponse>
{
    public async Task<DpsResponse> Handle(ChangeValidity command, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.GetAsync(command.DpsId, cancellationToken);
        db.ExpectVersion(dps, command.ExpectedVersion);
        var today = clock.Today;
        dps.ChangeValidity(command.Kind!.Value, command.NewValidUntil, command.Reason, actor.Id, today, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return DpsResponse.From(dps, today);
    }
}
