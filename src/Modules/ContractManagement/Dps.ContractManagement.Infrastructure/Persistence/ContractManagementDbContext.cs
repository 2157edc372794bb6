using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Application;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Reviews;
using Dps.ContractManagement.Domain.Uplifts;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Persistence;

internal sealed class ContractManagementDbContext(DbContextOptions<ContractManagementDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), IContractManagementDb
{
    public const string SchemaName = "contract_management";

    public override string Schema => SchemaName;

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<PerformanceReview> PerformanceReviews => Set<PerformanceReview>();

    public DbSet<Uplift> Uplifts => Set<Uplift>();

    public DbSet<MilestoneClaim> MilestoneClaims => Set<MilestoneClaim>();

    public DbSet<BlockBooking> BlockBookings => Set<BlockBooking>();

    public DbSet<PeriodInvoice> PeriodInvoices => Set<PeriodInvoice>();

    public DbSet<OutcomeReport> OutcomeReports => Set<OutcomeReport>();

    protected override Assembly DomainAssembly => typeof(Contract).Assembly;

    public async Task<Contract?> LockAsync(ContractId id, CancellationToken cancellationToken) =>
        (await Contracts.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.contracts WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<BlockBooking?> LockAsync(BlockBookingId id, CancellationToken cancellationToken) =>
        (await BlockBookings.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.block_bookings WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContractManagementDbContext).Assembly);
}
