using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.Qualification.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>
/// Each outcome measure over the completed contracts the caller may see — per category, and per establishment within it
/// — against the category's expectation, optionally of one category or establishment.
/// </summary>
public sealed record GetOutcomePerformance(Guid? CategoryId, Guid? EstablishmentId) : IQuery<OutcomePerformanceReport>;

internal sealed class GetOutcomePerformanceHandler(IContractManagementDb db, ICurrentActor actor, IMediator mediator, OutcomeMeasures measures, SchemeClock clock)
    : IRequestHandler<GetOutcomePerformance, OutcomePerformanceReport>
{
    public async Task<OutcomePerformanceReport> Handle(GetOutcomePerformance query, CancellationToken cancellationToken)
    {
        var contracts = db.VisibleTo(actor).Where(c => c.Status == ContractStatus.Completed);
        if (query.CategoryId is { } categoryId)
        {
            contracts = contracts.Where(c => c.CategoryId == categoryId);
        }

        if (query.EstablishmentId is { } establishmentId)
        {
            contracts = contracts.Where(c => c.EstablishmentId == establishmentId);
        }

        var completers = await contracts
            .Select(c => new Completer(c.Id, c.CategoryId, c.EstablishmentId, c.SupplierId, c.Kind, c.Terms, c.CompletedOn!.Value))
            .ToListAsync(cancellationToken);
        var reports = (await contracts.Join(db.OutcomeReports, c => c.Id, r => r.ContractId, (c, r) => new { r.ContractId, r.Measure, r.Met }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ContractId, r.Measure), r => r.Met);
        var names = await mediator.Send(
            new FindPublicNames([], [.. completers.Select(c => c.CategoryId).Distinct()], [.. completers.Select(c => c.SupplierId).Distinct()]),
            cancellationToken);

        var today = clock.Today;
        var measured = completers
            .SelectMany(c => measures.For(c.CategoryId, c.Kind, c.Terms.FundingModel).Select(m => (Contract: c, Measure: m, Met: reports.TryGetValue((c.Id, m.Code), out var met) ? met : (bool?)null)))
            .ToList();
        var categories = measured
            .GroupBy(x => x.Contract.CategoryId)
            .Select(category => new CategoryOutcomePerformance(
                category.Key,
                names.Categories.GetValueOrDefault(category.Key),
                PerformanceOf(category, today),
                [.. category.GroupBy(x => (x.Contract.EstablishmentId, x.Contract.SupplierId))
                    .Select(establishment => EstablishmentOf(establishment.Key.EstablishmentId, establishment.Key.SupplierId, establishment, names, today))
                    .OrderByDescending(e => e.BelowExpectation).ThenBy(e => e.SupplierName).ThenBy(e => e.EstablishmentId)]))
            .OrderBy(c => c.CategoryName).ThenBy(c => c.CategoryId)
            .ToList();
        return new OutcomePerformanceReport(query.CategoryId, query.EstablishmentId, today, categories);
    }

    private static EstablishmentOutcomePerformance EstablishmentOf(
        Guid establishmentId, Guid supplierId, IEnumerable<(Completer Contract, OutcomeMeasure Measure, bool? Met)> measured, PublicNames names, DateOnly today)
    {
        var performance = PerformanceOf(measured, today);
        return new EstablishmentOutcomePerformance(
            establishmentId, supplierId, names.Suppliers.GetValueOrDefault(supplierId)?.Name, performance.Any(p => p.Standing == MeasureStanding.Below), performance);
    }

    private static IReadOnlyList<MeasurePerformanceResponse> PerformanceOf(IEnumerable<(Completer Contract, OutcomeMeasure Measure, bool? Met)> measured, DateOnly today) =>
        [.. measured.GroupBy(x => x.Measure.Code, StringComparer.Ordinal)
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => MeasurePerformanceResponse.From(MeasurePerformance.Of(m.First().Measure, [.. m.Select(x => new MeasuredCompleter(x.Contract.CompletedOn, x.Met))], today)))];

    private sealed record Completer(ContractId Id, Guid CategoryId, Guid EstablishmentId, Guid SupplierId, ContractKind Kind, ContractTerms Terms, DateOnly CompletedOn);
}
