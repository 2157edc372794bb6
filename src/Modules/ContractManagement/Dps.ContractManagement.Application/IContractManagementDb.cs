using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Reviews;
using Dps.ContractManagement.Domain.Uplifts;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application;

/// <summary>The ContractManagement module's own tables, as its handlers see them.</summary>
public interface IContractManagementDb : IModuleDb
{
    DbSet<Contract> Contracts { get; }

    DbSet<PerformanceReview> PerformanceReviews { get; }

    DbSet<Uplift> Uplifts { get; }

    /// <summary>Claims are added, and decided by replacing their values: one standing claim per contract and milestone.</summary>
    DbSet<MilestoneClaim> MilestoneClaims { get; }

    DbSet<BlockBooking> BlockBookings { get; }

    DbSet<PeriodInvoice> PeriodInvoices { get; }

    /// <summary>Outcome reports: one per contract and measure.</summary>
    DbSet<OutcomeReport> OutcomeReports { get; }

    /// <summary>The contract, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<Contract?> LockAsync(ContractId id, CancellationToken cancellationToken);

    /// <summary>The block booking, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<BlockBooking?> LockAsync(BlockBookingId id, CancellationToken cancellationToken);
}
