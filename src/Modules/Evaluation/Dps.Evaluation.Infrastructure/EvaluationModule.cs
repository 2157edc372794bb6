using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Evaluation.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Evaluation.Infrastructure;

/// <summary>Evaluation — scoring and award: automatic scores, ranking, parent choice, feedback.</summary>
public static class EvaluationModule
{
    public static IServiceCollection AddEvaluationModule(this IServiceCollection services) =>
        services.AddModuleStore<EvaluationDbContext>(EvaluationDbContext.SchemaName, applicationAssembly: null, publishesEvents: false);
}
