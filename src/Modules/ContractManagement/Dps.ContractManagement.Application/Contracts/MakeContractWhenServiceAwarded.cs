using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;
using Dps.Referral.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>
/// Every award — a competition's, an offer match's or a direct placement — becomes one contract. The inbox drops a
/// redelivered event; the award id's unique index (and this check) keep a re-raised award from making a second. An
/// award of more than one place (a competition whose referral asked for a block) is also a block booking of that many
/// places, linked to the contract, in the same transaction; later placements draw it down.
/// </summary>
internal sealed class MakeContractWhenServiceAwarded(IContractManagementDb db, TimeProvider clock) : IntegrationEventHandler<ServiceAwardedIntegrationEvent>(db)
{
    /// <summary>Who recorded a block made from an award: the award itself, not a person.</summary>
    internal const string AwardRecorder = "award";

    protected override async Task HandleOnceAsync(ServiceAwardedIntegrationEvent awarded, CancellationToken cancellationToken)
    {
        if (await db.Contracts.AnyAsync(c => c.AwardId == awarded.AwardId, cancellationToken))
        {
            return;
        }

        var funding = awarded.FundingModel;
        var now = clock.GetUtcNow();
        var contract = Contract.FromAward(
            awarded.DpsId,
            awarded.CategoryId,
            new ContractParties(awarded.AuthorityId, awarded.SupplierId, awarded.EstablishmentId),
            new ContractAward(awarded.AwardId, Enum.Parse<ContractRoute>(awarded.Route.ToString()), awarded.ReferralId, awarded.AwardedAt, Grounds(awarded), awarded.Competition?.Bids, awarded.Competition?.OpenedAt),
            new ContractTerms(
                awarded.ServiceUserReference,
                awarded.Price,
                Enum.Parse<ContractPriceBasis>(awarded.PriceBasis),
                [.. awarded.CostLines.Select(l => new ContractCostLine(l.LineCode, l.Description, l.Amount))],
                awarded.StartDate,
                awarded.TermWeeks,
                awarded.Places,
                funding is null
                    ? null
                    : new FundingModel(
                        funding.FundingModelId,
                        funding.StartSharePercent,
                        funding.CompletionSharePercent,
                        funding.JobOutcomeSharePercent,
                        funding.WeeksInWork,
                        funding.TrackingWindowWeeks)),
            now);
        db.Contracts.Add(contract);
        if (awarded.Places > 1)
        {
            db.BlockBookings.Add(BlockBooking.FromAward(contract, AwardRecorder, now));
        }
    }

    private static DirectPlacementGrounds? Grounds(ServiceAwardedIntegrationEvent awarded) =>
        awarded.Reason is { } reason ? new DirectPlacementGrounds(reason, awarded.Justification ?? "") : null;
}
