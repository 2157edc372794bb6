using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Persistence;

/// <summary>The module's schema; for now it holds only its outbox, inbox and audit trail.</summary>
internal sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "referral";

    public override string Schema => SchemaName;

    protected override Assembly DomainAssembly => typeof(ReferralDbContext).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}
