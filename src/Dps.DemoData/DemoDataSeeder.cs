using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.Catalogue.Application.Taxonomies;
using Dps.Qualification.Application.Categories;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dps.DemoData;

/// <summary>
/// Seeds the demo DPSs through the same commands the API runs, once: a database that has any DPS is left alone.
/// The Catalogue learns categories and admissions from Qualification's events, so the outboxes are delivered between
/// the steps that depend on them.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxDelivery> outboxes,
    DemoProviderSeeder providers,
    DemoReferralSeeder referrals,
    DemoBidSeeder bids,
    DemoContractSeeder contracts,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly IReadOnlyList<DemoProvider> Providers = [.. DemoSetProviders.All, .. DemoDwpProviders.All];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.ScopeAs(DemoActors.Manager);
        var manager = scope.ServiceProvider.GetRequiredService<IMediator>();
        if ((await manager.Send(new ListDps(null, 1, 1), cancellationToken)).Total > 0)
        {
            LogSkipped();
            return;
        }

        var schemes = new Dictionary<string, DemoScheme>();
        foreach (var demo in DemoPurchasingSystems.All)
        {
            schemes[demo.Dps.Reference] = await SetUpAsync(manager, demo, cancellationToken);
        }

        await DeliverOutboxesAsync(cancellationToken);
        foreach (var scheme in schemes.Values)
        {
            await SetTaxonomiesAsync(manager, scheme, cancellationToken);
        }

        foreach (var provider in Providers)
        {
            await providers.ApplyAsync(provider, schemes[provider.DpsReference], cancellationToken);
        }

        await DeliverOutboxesAsync(cancellationToken);
        foreach (var provider in Providers)
        {
            await providers.DescribeAsync(provider, schemes[provider.DpsReference], cancellationToken);
        }

        await DeliverOutboxesAsync(cancellationToken);
        var referral = await referrals.PublishAsync(schemes[DemoSetProviders.Reference], cancellationToken);
        await bids.BidAsync(referral, cancellationToken);
        await contracts.PlaceAsync(schemes[DemoSetProviders.Reference], cancellationToken);
        await DeliverOutboxesAsync(cancellationToken);
        await contracts.DeliverAsync(cancellationToken);
        await DeliverOutboxesAsync(cancellationToken);
        LogSeeded(schemes.Count, Providers.Count);
    }

    private static async Task<DemoScheme> SetUpAsync(IMediator manager, DemoPurchasingSystems.DemoDps demo, CancellationToken cancellationToken)
    {
        var dps = await manager.Send(demo.Dps, cancellationToken);
        var categories = new Dictionary<string, (Guid, CriteriaResponse)>();
        foreach (var (name, description) in demo.Categories)
        {
            var category = await manager.Send(new AddCategory(dps.Id, name, description), cancellationToken);
            categories[name] = (category.Id, await SetCriteriaAsync(manager, dps.Reference, category, cancellationToken));
        }

        var scheme = new DemoScheme(dps.Id, categories);
        foreach (var fundingModel in DemoFundingModels.For(dps.Reference, dps.Id, categories.ToDictionary(c => c.Key, c => c.Value.Item1)))
        {
            await manager.Send(fundingModel, cancellationToken);
        }

        return scheme;
    }

    private static async Task<CriteriaResponse> SetCriteriaAsync(IMediator mediator, string dpsReference, CategoryResponse category, CancellationToken cancellationToken)
    {
        var current = await mediator.Send(new GetCategoryCriteria(category.DpsId, category.Id), cancellationToken);
        return await mediator.Send(DemoCriteria.For(dpsReference, category, current.CoreCostLines.ToDomain()), cancellationToken);
    }

    private static async Task SetTaxonomiesAsync(IMediator manager, DemoScheme scheme, CancellationToken cancellationToken)
    {
        foreach (var (name, (categoryId, _)) in scheme.Categories)
        {
            var (needs, features) = (DemoTaxonomies.Needs(name), DemoTaxonomies.Features(name));
            if (needs.Count + features.Count > 0)
            {
                await manager.Send(new SetTaxonomy(scheme.DpsId, categoryId, needs, features, null), cancellationToken);
            }
        }
    }

    /// <summary>Delivers the outbox of every module that publishes events now, rather than waiting for the background processors (not yet started).</summary>
    private async Task DeliverOutboxesAsync(CancellationToken cancellationToken)
    {
        foreach (var outbox in outboxes)
        {
            while (await outbox.DeliverBatchAsync(cancellationToken))
            {
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data already present; not seeded again")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Schemes} demo DPSs and {Providers} demo suppliers")]
    private partial void LogSeeded(int schemes, int providers);
}
