using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.ContractManagement.Application;
using Dps.ContractManagement.Application.Outcomes;
using Dps.ContractManagement.Application.Publications;
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
            .Validate(
                o => o.OutcomeMeasures.All(m => m.Value.Problem() is null),
                "ContractManagement:OutcomeMeasures: each measure needs a name, a non-negative ReportWithinWeeks and expectations from 0 to 100 (minimum not above maximum), under Categories by category id.")
            .ValidateOnStart();
        services.AddSingleton<OutcomeMeasures>();
        services.AddApiExamples<ContractManagementExamples>();
        services.AddOptions<PublicationOptions>().BindConfiguration(PublicationOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.PublisherName), "Publications:PublisherName is required.")
            .Validate(o => Uri.TryCreate(o.PublisherUri, UriKind.Absolute, out _), "Publications:PublisherUri must be an absolute URI.")
            .Validate(o => o.OcidPrefix.StartsWith("ocds-", StringComparison.Ordinal), "Publications:OcidPrefix must start with ocds-.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapContractManagementEndpoints(this IEndpointRouteBuilder api)
    {
        ContractEndpoints.Map(api);
        PerformanceReviewEndpoints.Map(api);
        UpliftEndpoints.Map(api);
        PublicationEndpoints.Map(api);
        ReportEndpoints.Map(api);
        PaymentEndpoints.Map(api);
        BlockBookingEndpoints.Map(api);
        OutcomeEndpoints.Map(api);
        return api;
    }
}
