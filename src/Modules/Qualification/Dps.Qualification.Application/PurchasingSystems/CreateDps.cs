using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>Sets up a DPS for a lead authority and its partners.</summary>
public sealed record CreateDps(
    string Reference,
    string Title,
    Authority LeadAuthority,
    IReadOnlyList<Authority> ParticipatingAuthorities,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil) : ICommand<DpsResponse>;

internal sealed class CreateDpsValidator : AbstractValidator<CreateDps>
{
    public const int MaxReferenceLength = 50;
    public const int MaxTitleLength = 300;

    public CreateDpsValidator()
    {
        RuleFor(c => c.Reference).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(MaxReferenceLength)
            .Matches("^[A-Za-z0-9][A-Za-z0-9/_.-]*$").WithMessage("'Reference' may hold letters, digits and / _ . - only.");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(MaxTitleLength);
        RuleFor(c => c.LeadAuthority).NotNull().SetValidator(AuthorityValidator.Instance);
        RuleFor(c => c.ParticipatingAuthorities).MustBeParticipatingAuthorities();
        RuleFor(c => c.ValidFrom).NotNull();
        RuleFor(c => c.ValidUntil).NotNull();
    }
}

internal sealed class CreateDpsHandler(IQualificationDb db, SchemeClock clock) : IRequestHandler<CreateDps, DpsResponse>
{
    public async Task<DpsResponse> Handle(CreateDps command, CancellationToken cancellationToken)
    {
        var referenceTaken = await db.PurchasingSystems.AnyAsync(d => d.Reference == command.Reference, cancellationToken);
        var dps = DynamicPurchasingSystem.Create(
            command.Reference,
            command.Title,
            command.LeadAuthority,
            command.ParticipatingAuthorities,
            command.ValidFrom!.Value,
            command.ValidUntil!.Value,
            referenceTaken,
            clock.UtcNow);
        db.PurchasingSystems.Add(dps);
        await db.SaveChangesAsync(cancellationToken);
        return DpsResponse.From(dps, clock.Today);
    }
}
