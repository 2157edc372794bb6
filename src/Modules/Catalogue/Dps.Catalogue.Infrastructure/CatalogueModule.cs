using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Catalogue.Application;
using Dps.Catalogue.Application.Requests;
using Dps.Catalogue.Application.Search;
using Dps.Catalogue.Infrastructure.Api;
using Dps.Catalogue.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Catalogue.Infrastructure;

/// <summary>Catalogue — what is on offer: taxonomies, establishment profiles, offers, funding models, search.</summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogueModule(this IServiceCollection services)
    {
        services.AddModuleStore<CatalogueDbContext>(CatalogueDbContext.SchemaName, typeof(ICatalogueDb).Assembly, publishesEvents: false);
        services.AddScoped<ICatalogueDb>(provider => provider.GetRequiredService<CatalogueDbContext>());
        services.AddScoped<IEstablishmentSearch, EstablishmentSearch>();
        services.AddScoped<ICategoryMembers, CategoryMembers>();
        services.AddApiExamples<CatalogueExamples>();
        services.AddOptions<CatalogueSearchOptions>().BindConfiguration(CatalogueSearchOptions.Section)
            .Validate(options => options.MaxRadiusMiles > 0, "Catalogue:Search:MaxRadiusMiles must be positive.").ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder api)
    {
        TaxonomyEndpoints.Map(api);
        OfferEndpoints.Map(api);
        FundingModelEndpoints.Map(api);
        ProfileEndpoints.Map(api);
        SearchEndpoints.Map(api);
        return api;
    }
}
