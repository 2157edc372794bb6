using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.ContractManagement.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.ContractManagement.Infrastructure;

/// <summary>Contract management — after award: contracts, milestones and payments, performance, publication.</summary>
public static class ContractManagementModule
{
    public static IServiceCollection AddContractManagementModule(this IServiceCollection services) =>
        services.AddModuleStore<ContractManagementDbContext>(ContractManagementDbContext.SchemaName, applicationAssembly: null, publishesEvents: false);
}
