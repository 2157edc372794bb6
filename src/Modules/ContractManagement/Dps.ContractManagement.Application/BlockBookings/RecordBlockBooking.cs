using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;
using Dps.Qualification.IntegrationEvents.Requests;
using FluentValidation;
using MediatR;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>
/// A buyer records a block of places its authority contracted with an establishment without a competition, with a
/// justification: the places, the term (an end date or a number of weeks) and the price per place per basis. The
/// authority must take part in the category's DPS, and the establishment be an active member of the category, as
/// Qualification answers now.
/// </summary>
public sealed record RecordBlockBooking(
    Guid DpsId,
    Guid CategoryId,
    Guid SupplierId,
    Guid EstablishmentId,
    int Places,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? TermWeeks,
    Money PricePerPlace,
    ContractPriceBasis PriceBasis,
    string Justification) : ICommand<BlockBookingResponse>;

internal sealed class RecordBlockBookingValidator : AbstractValidator<RecordBlockBooking>
{
    public RecordBlockBookingValidator()
    {
        RuleFor(c => c.DpsId).NotEmpty();
        RuleFor(c => c.CategoryId).NotEmpty();
        RuleFor(c => c.SupplierId).NotEmpty();
        RuleFor(c => c.EstablishmentId).NotEmpty();
        RuleFor(c => c.Places).InclusiveBetween(1, 500);
        RuleFor(c => c.StartDate).InclusiveBetween(BlockBookingDates.Earliest, BlockBookingDates.Latest);
        RuleFor(c => c.EndDate).InclusiveBetween(BlockBookingDates.Earliest, BlockBookingDates.Latest);
        RuleFor(c => c.EndDate).NotNull().When(c => c.TermWeeks is null).WithMessage("Give the block's last day (endDate) or its length in weeks (termWeeks).");
        RuleFor(c => c.EndDate).Null().When(c => c.TermWeeks is not null).WithMessage("Give endDate or termWeeks, not both.");
        RuleFor(c => c.TermWeeks).InclusiveBetween(1, 520);
        RuleFor(c => c.PricePerPlace).NotNull().ChildRules(price =>
        {
            price.RuleFor(m => m.Amount).GreaterThan(0).LessThan(100_000_000m).PrecisionScale(12, 2, ignoreTrailingZeros: true);
            price.RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("'Currency' must be an ISO 4217 code such as GBP.");
        });
        RuleFor(c => c.PriceBasis).IsInEnum();
        RuleFor(c => c.Justification).NotEmpty().MaximumLength(4000);
    }
}

internal sealed class RecordBlockBookingHandler(IContractManagementDb db, ICurrentActor actor, IMediator mediator, SchemeClock clock)
    : IRequestHandler<RecordBlockBooking, BlockBookingResponse>
{
    public async Task<BlockBookingResponse> Handle(RecordBlockBooking command, CancellationToken cancellationToken)
    {
        var authorityId = actor.OwnAuthorityId() ?? throw new ForbiddenException("Only a buyer of an authority records a block booking for it.");
        var category = await mediator.Send(new FindPurchasingCategory(command.CategoryId), cancellationToken)
            ?? throw new NotFoundException("Category", command.CategoryId);
        if (!category.AuthorityIds.Contains(authorityId))
        {
            throw new ForbiddenException("Your authority does not take part in the DPS of this category, so its buyers cannot reserve places in it.");
        }

        var member = await mediator.Send(new FindQualifiedTerms(command.EstablishmentId, command.CategoryId), cancellationToken)
            ?? throw new NotFoundException("Member establishment of the category", command.EstablishmentId);
        var endDate = command.EndDate ?? BlockBookingTerms.EndOfWeeks(command.StartDate, command.TermWeeks!.Value);
        var block = BlockBooking.RecordDirectly(
            new BlockBookingParties(command.DpsId, command.CategoryId, authorityId, command.SupplierId, command.EstablishmentId),
            new BlockMembership(category.DpsId, member.SupplierId, member.Standing),
            new BlockBookingTerms(command.Places, command.StartDate, endDate, command.PricePerPlace.ToDomain(), command.PriceBasis),
            command.Justification.Trim(),
            actor.Id,
            clock.UtcNow);
        db.BlockBookings.Add(block);
        await db.SaveChangesAsync(cancellationToken);
        return BlockBookingResponse.From(block);
    }
}
