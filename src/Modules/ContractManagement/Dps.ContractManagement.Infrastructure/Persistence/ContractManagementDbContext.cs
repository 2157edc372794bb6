using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Persistence;

/// <summary>The module's schema; for now it holds only its outbox, inbox and audit trail.</summary>
internal sealed class ContractManagementDbContext(DbContextOptions<ContractManagementDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "contract_management";

    public override string Schema => SchemaName;

    protected override Assembly DomainAssembly => typeof(ContractManagementDbContext).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}
