using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Referral.Application;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.DirectPlacements;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Persistence;

internal sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), IReferralDb
{
    public const string SchemaName = "referral";

    public override string Schema => SchemaName;

    public DbSet<ReferralCase> Referrals => Set<ReferralCase>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<EligibilityDecision> EligibilityDecisions => Set<EligibilityDecision>();

    public DbSet<Bid> Bids => Set<Bid>();

    public DbSet<InvitationRound> InvitationRounds => Set<InvitationRound>();

    public DbSet<Clarification> Clarifications => Set<Clarification>();

    public DbSet<DirectPlacement> DirectPlacements => Set<DirectPlacement>();

    protected override Assembly DomainAssembly => typeof(ReferralCase).Assembly;

    public async Task<ReferralCase?> LockAsync(ReferralId id, CancellationToken cancellationToken) =>
        (await Referrals.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.referrals WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<ReferralCase?> ShareLockAsync(ReferralId id, CancellationToken cancellationToken) =>
        (await Referrals.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.referrals WHERE id = {{0}} FOR SHARE", id.Value)
            .AsNoTracking().ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<ReferralCase?> TryLockUnlessLockedAsync(ReferralId id, CancellationToken cancellationToken) =>
        (await Referrals.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.referrals WHERE id = {{0}} FOR UPDATE SKIP LOCKED", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReferralDbContext).Assembly);
}
