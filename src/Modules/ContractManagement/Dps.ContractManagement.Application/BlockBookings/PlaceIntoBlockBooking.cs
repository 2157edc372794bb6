using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>
/// A buyer of the block's authority draws one place down for a service user, without a new competition. The block's
/// row is locked for the transaction, so two draw-downs racing for the last place are taken one after the other.
/// </summary>
public sealed record PlaceIntoBlockBooking(Guid BlockBookingId, string ServiceUserReference, DateOnly StartDate, uint? ExpectedVersion) : ICommand<BlockBookingResponse>;

internal sealed class PlaceIntoBlockBookingValidator : AbstractValidator<PlaceIntoBlockBooking>
{
    public PlaceIntoBlockBookingValidator()
    {
        RuleFor(c => c.ServiceUserReference).ServiceUserReference();
        RuleFor(c => c.StartDate).InclusiveBetween(BlockBookingDates.Earliest, BlockBookingDates.Latest);
    }
}

internal sealed class PlaceIntoBlockBookingHandler(IContractManagementDb db, ICurrentActor actor, SchemeClock clock) : IRequestHandler<PlaceIntoBlockBooking, BlockBookingResponse>
{
    public async Task<BlockBookingResponse> Handle(PlaceIntoBlockBooking command, CancellationToken cancellationToken)
    {
        var block = await db.GetOwnBlockForUpdateAsync(actor, command.BlockBookingId, cancellationToken);
        db.ExpectVersion(block, command.ExpectedVersion);
        block.Place(command.ServiceUserReference, command.StartDate, clock.Today, actor.Id, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return BlockBookingResponse.From(block);
    }
}
