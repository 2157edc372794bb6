using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.ContractManagement.Application;
using Dps.ContractManagement.Infrastructure.Api;
using Dps.ContractManagement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.ContractManagement.Infrastructure;

/// <summary>Contract management — after award: contracts, milestones and payments, performance, publication.</summary>
public static class ContractManagementModule
{
    public static IServiceCollection AddContractManagementModule(this IServiceCollection services)
    {
        services.AddModuleStore<ContractManagementDbContext>(ContractManagementDbContext.SchemaName, typeof(IContractManagementDb).Assembly, publishesEvents: true);
        services.AddScoped<IContractManagementDb>(provider => provider.GetRequiredService<ContractManagementDbContext>());
        services.AddOptions<ContractManagementOptions>().BindConfiguration(ContractManagementOptions.Section)
            .Validate(o => o.ReviewPeriodMonths is 6 or 12, "ContractManagement:ReviewPeriodMonths must be 6 or 12.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapContractManagementEndpoints(this IEndpointRouteBuilder api)
    {
        ContractEndpoints.Map(api);
        PerformanceReviewEndpoints.Map(api);
        UpliftEndpoints.Map(api);
        BlockBookingEndpoints.Map(api);
        return api;
    }
}
