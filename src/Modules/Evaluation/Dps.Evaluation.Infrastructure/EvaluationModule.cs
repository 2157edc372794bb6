using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Evaluation.Application;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Application.OfferMatching;
using Dps.Evaluation.Infrastructure.Api;
using Dps.Evaluation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Evaluation.Infrastructure;

/// <summary>Evaluation — scoring and award: automatic scores, ranking, parent choice, award and feedback.</summary>
public static class EvaluationModule
{
    public static IServiceCollection AddEvaluationModule(this IServiceCollection services)
    {
        services.AddModuleStore<EvaluationDbContext>(EvaluationDbContext.SchemaName, typeof(IEvaluationDb).Assembly, publishesEvents: true);
        services.AddScoped<IEvaluationDb>(provider => provider.GetRequiredService<EvaluationDbContext>());
        services.AddScoped<CompetitionScoring>();
        services.AddApiExamples<EvaluationExamples>();
        services.AddScoped<OfferMatchScoring>();
        services.AddHostedService<OfferInvitationSweepService>();
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section)
            .Validate(o => o.LocationBandMiles > 0, "Evaluation:LocationBandMiles must be positive.")
            .Validate(o => o.LocationTopMark > 0, "Evaluation:LocationTopMark must be positive.")
            .Validate(o => o.ParentChoiceMargin >= 0, "Evaluation:ParentChoiceMargin must not be negative.")
            .Validate(o => o.ParentChoiceMaxBids >= 1, "Evaluation:ParentChoiceMaxBids must be at least 1.")
            .Validate(o => o.OfferMinimumStandard is >= 0 and <= 100, "Evaluation:OfferMinimumStandard must be 0–100.")
            .Validate(o => o.OfferResponseWorkingDays >= 1, "Evaluation:OfferResponseWorkingDays must be at least 1.")
            .Validate(o => o.OfferInvitationSweepInterval > TimeSpan.Zero, "Evaluation:OfferInvitationSweepInterval must be positive.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder api)
    {
        EvaluationEndpoints.Map(api);
        OfferMatchEndpoints.Map(api);
        return api;
    }
}
