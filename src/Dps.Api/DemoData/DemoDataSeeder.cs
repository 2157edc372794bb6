using Dps.Qualification.Application.Categories;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;

namespace Dps.Api.DemoData;

/// <summary>Seeds the demo DPSs through the same commands the API runs, once: a database that has any DPS is left alone.</summary>
public sealed partial class DemoDataSeeder(IServiceScopeFactory scopes, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if ((await mediator.Send(new ListDps(null, 1, 1), cancellationToken)).Total > 0)
        {
            LogSkipped();
            return;
        }

        foreach (var demo in DemoPurchasingSystems.All)
        {
            var dps = await mediator.Send(demo.Dps, cancellationToken);
            var categoryIds = new Dictionary<string, Guid>();
            foreach (var (name, description) in demo.Categories)
            {
                var category = await mediator.Send(new AddCategory(dps.Id, name, description), cancellationToken);
                var criteria = await SetCriteriaAsync(mediator, dps.Reference, category, cancellationToken);
                if (dps.Reference == "SET-DPS-2017" && name == "SEN")
                {
                    await DemoSupplier.SeedAsync(scope.ServiceProvider, dps.Id, category.Id, criteria, cancellationToken);
                }
                categoryIds[name] = category.Id;
            }

            foreach (var fundingModel in DemoFundingModels.For(dps.Reference, dps.Id, categoryIds))
            {
                await mediator.Send(fundingModel, cancellationToken);
            }

            LogSeeded(dps.Reference, demo.Categories.Count);
        }
    }

    private static async Task<CategoryCriteria> SetCriteriaAsync(IMediator mediator, string dpsReference, CategoryResponse category, CancellationToken cancellationToken)
    {
        var current = await mediator.Send(new GetCategoryCriteria(category.DpsId, category.Id), cancellationToken);
        var criteria = DemoCriteria.For(dpsReference, category.Name, current.CoreCostLines);
        await mediator.Send(
            new SetCategoryCriteria(
                category.DpsId,
                category.Id,
                criteria.PassFailCriteria,
                criteria.MethodStatements,
                criteria.InsuranceRequirements,
                criteria.CoreCostLines,
                criteria.AffordabilityCap,
                null),
            cancellationToken);
        return criteria;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data already present; not seeded again")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo DPS {Reference} with {Categories} categories")]
    private partial void LogSeeded(string reference, int categories);
}
