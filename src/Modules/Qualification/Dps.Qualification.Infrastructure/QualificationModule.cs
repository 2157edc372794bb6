using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Qualification.Application;
using Dps.Qualification.Infrastructure.Api;
using Dps.Qualification.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Qualification.Infrastructure;

/// <summary>Qualification — who may sell: DPSs, categories, suppliers and their establishments, applications, memberships.</summary>
public static class QualificationModule
{
    public static IServiceCollection AddQualificationModule(this IServiceCollection services)
    {
        services.AddModuleStore<QualificationDbContext>(QualificationDbContext.SchemaName, typeof(IQualificationDb).Assembly, publishesEvents: true);
        services.AddScoped<IQualificationDb>(provider => provider.GetRequiredService<QualificationDbContext>());
        services.AddOptions<QualificationScheme>().BindConfiguration(QualificationScheme.Section);
        services.AddApiExamples<QualificationExamples>();
        return services;
    }

    public static IEndpointRouteBuilder MapQualificationEndpoints(this IEndpointRouteBuilder api)
    {
        PurchasingSystemEndpoints.Map(api);
        CategoryEndpoints.Map(api);
        CriteriaEndpoints.Map(api);
        DpsLifeEndpoints.Map(api);
        SupplierEndpoints.Map(api);
        EstablishmentEndpoints.Map(api);
        ApplicationEndpoints.Map(api);
        MembershipEndpoints.Map(api);
        return api;
    }
}
