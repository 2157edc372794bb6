using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Application.Offers;
using Dps.Catalogue.Application.Profiles;
using Dps.Qualification.Application.Applications;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Application.Establishments;
using Dps.Qualification.Application.Memberships;
using Dps.Qualification.Application.Suppliers;
using Dps.Qualification.Domain.Applications;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.DemoData;

/// <summary>Takes a demo supplier through the API's own commands: registration and applications, then its profiles and offers.</summary>
internal sealed class DemoProviderSeeder(IServiceScopeFactory scopes)
{
    private const string OfstedCriterion = "PF-OFSTED";
    private const decimal CoreCostPerLine = 350m;

    /// <summary>Registers the supplier and applies for each establishment; the manager evaluates and decides those meant to be admitted.</summary>
    public async Task ApplyAsync(DemoProvider provider, DemoScheme scheme, CancellationToken cancellationToken)
    {
        await using var supplierScope = scopes.ScopeAs(DemoActors.Supplier(provider.SupplierId));
        var supplier = supplierScope.ServiceProvider.GetRequiredService<IMediator>();
        await using var managerScope = scopes.ScopeAs(DemoActors.Manager);
        var manager = managerScope.ServiceProvider.GetRequiredService<IMediator>();

        await supplier.Send(new RegisterSupplier(provider.Name, provider.CompanyNumber, provider.IsSme, provider.Contact), cancellationToken);
        foreach (var establishment in provider.Establishments)
        {
            var added = await supplier.Send(
                new AddEstablishment(
                    provider.SupplierId,
                    establishment.Name,
                    establishment.Address,
                    establishment.Postcode,
                    establishment.Latitude,
                    establishment.Longitude,
                    establishment.OfstedUrn,
                    establishment.Rating,
                    establishment.Capacity),
                cancellationToken);
            var categories = establishment.Profiles.Select(p => scheme.Categories[p.Category]).ToList();
            var draft = await supplier.Send(
                new DraftApplication(added.Id, scheme.DpsId, [.. categories.Select(c => ApplicationFor(c.Id, c.Criteria, establishment.Name))]),
                cancellationToken);
            await supplier.Send(new SubmitApplication(draft.Id, null), cancellationToken);
            if (establishment.Stage == DemoStage.Submitted)
            {
                continue;
            }

            foreach (var (categoryId, criteria) in categories)
            {
                await manager.Send(
                    new RecordEvaluation(
                        draft.Id,
                        categoryId,
                        [.. criteria.PassFailCriteria.Select(c => new PassFailDecision(c.Code, true, null))],
                        [.. criteria.MethodStatements.Select(m => new MethodStatementScore(m.Code, establishment.MethodStatementScore))],
                        null),
                    cancellationToken);
            }

            await manager.Send(new DecideApplication(draft.Id, null), cancellationToken);
        }
    }

    /// <summary>Once the Catalogue lists the admitted establishments: their profiles, the supplier's offers, and suspensions.</summary>
    public async Task DescribeAsync(DemoProvider provider, DemoScheme scheme, CancellationToken cancellationToken)
    {
        await using var supplierScope = scopes.ScopeAs(DemoActors.Supplier(provider.SupplierId));
        var supplier = supplierScope.ServiceProvider.GetRequiredService<IMediator>();
        await using var managerScope = scopes.ScopeAs(DemoActors.Manager);
        var manager = managerScope.ServiceProvider.GetRequiredService<IMediator>();

        var establishments = await supplier.Send(new ListEstablishments(provider.SupplierId, 1, provider.Establishments.Count), cancellationToken);
        foreach (var establishment in provider.Establishments.Where(e => e.Stage != DemoStage.Submitted))
        {
            var establishmentId = establishments.Items.Single(e => e.Name == establishment.Name).Id;
            await supplier.Send(
                new SetEstablishmentProfile(
                    establishmentId,
                    [.. establishment.Profiles.Select(p => new CategoryProfileInput(scheme.CategoryId(p.Category), p.Needs, p.Features, p.Vacancies, null))]),
                cancellationToken);
            if (establishment.Stage == DemoStage.Suspended)
            {
                await SuspendAsync(manager, establishmentId, cancellationToken);
            }
        }

        foreach (var offer in provider.Offers)
        {
            await supplier.Send(
                new SubmitOffer(
                    scheme.DpsId,
                    scheme.CategoryId(offer.Category),
                    offer.Programme,
                    offer.Description,
                    offer.ClientGroups,
                    offer.Locations,
                    offer.ExpectedOutcomes,
                    offer.ExpectedJobOutcomePercentage,
                    new Money(offer.PricePerParticipant, "GBP"),
                    offer.Capacity),
                cancellationToken);
        }
    }

    private static async Task SuspendAsync(IMediator manager, Guid establishmentId, CancellationToken cancellationToken)
    {
        var memberships = await manager.Send(new ListMemberships(null, null, establishmentId, null, false, 1, 50), cancellationToken);
        foreach (var membership in memberships.Items)
        {
            await manager.Send(
                new SuspendMembership(membership.Id, [OfstedCriterion], "Ofsted rating fell to Inadequate at the latest inspection.", null),
                cancellationToken);
        }
    }

    private static CategoryApplicationInput ApplicationFor(Guid categoryId, CriteriaResponse criteria, string establishment) => new(
        categoryId,
        [.. criteria.PassFailCriteria.Select(c => AnswerTo(c.Code, establishment)), .. criteria.MethodStatements.Select(m => AnswerTo(m.Code, establishment))],
        [.. criteria.CoreCostLines.Select(line => new CoreCost(line.Code, new Money(CoreCostPerLine, "GBP")))],
        new Discounts(5m, 10m));

    private static CriterionAnswer AnswerTo(string code, string establishment) => new(code, $"{establishment}'s answer to {code}.", [$"evidence/{code}.pdf"]);
}
