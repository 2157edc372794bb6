using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>Changes a DPS's title and participating authorities; validity changes are recorded separately.</summary>
public sealed record UpdateDps(Guid DpsId, string Title, IReadOnlyList<Authority> ParticipatingAuthorities, uint? ExpectedVersion)
    : ICommand<DpsResponse>;

internal sealed class UpdateDpsValidator : AbstractValidator<UpdateDps>
{
    public UpdateDpsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(CreateDpsValidator.MaxTitleLength);
        RuleFor(c => c.ParticipatingAuthorities).MustBeParticipatingAuthorities();
    }
}

internal sealed class UpdateDpsHandler(IQualificationDb db, SchemeClock clock) : IRequestHandler<UpdateDps, DpsResponse>
{
    public async Task<DpsResponse> Handle(UpdateDps command, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.GetAsync(command.DpsId, cancellationToken);
        db.ExpectVersion(dps, command.ExpectedVersion);
        dps.Update(command.Title, command.ParticipatingAuthorities);
        await db.SaveChangesAsync(cancellationToken);
        return DpsResponse.From(dps, clock.Today);
    }
}
