using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Application.Publications;
using Dps.Qualification.IntegrationEvents.Requests;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Reports;

/// <summary>
/// Benchmarks across the partners: cost per category, authority and quarter, bids per referral, working days from
/// publication to award and the SMEs' share, optionally of one category and from one quarter to another. The manager and
/// auditors see every authority named; a buyer its own, and the others under labels.
/// </summary>
public sealed record GetBenchmarks(Guid? CategoryId, string? From, string? To) : IQuery<BenchmarkReport>;

internal sealed class GetBenchmarksValidator : AbstractValidator<GetBenchmarks>
{
    public GetBenchmarksValidator()
    {
        When(q => q.From is not null, () => RuleFor(q => q.From).MustBeAwardQuarter());
        When(q => q.To is not null, () => RuleFor(q => q.To).MustBeAwardQuarter());
        When(
            q => AwardQuarter.TryParse(q.From, out _) && AwardQuarter.TryParse(q.To, out _),
            () => RuleFor(q => q).Must(q => AwardQuarter.Parse(q.From).From <= AwardQuarter.Parse(q.To).From)
                .WithName("to").WithMessage("'to' must not be before 'from'."));
    }
}

internal sealed class GetBenchmarksHandler(IContractManagementDb db, ICurrentActor actor, IMediator mediator, SchemeClock clock)
    : IRequestHandler<GetBenchmarks, BenchmarkReport>
{
    public async Task<BenchmarkReport> Handle(GetBenchmarks query, CancellationToken cancellationToken)
    {
        var contracts = db.Contracts.AsNoTracking();
        if (query.CategoryId is { } categoryId)
        {
            contracts = contracts.Where(c => c.CategoryId == categoryId);
        }

        if (query.From is not null)
        {
            var from = AwardQuarter.Parse(query.From).From;
            contracts = contracts.Where(c => c.AwardedAt >= from);
        }

        if (query.To is not null)
        {
            var until = AwardQuarter.Parse(query.To).Until;
            contracts = contracts.Where(c => c.AwardedAt < until);
        }

        var found = await contracts
            .Select(c => new BenchmarkedContract(c.DpsId, c.CategoryId, c.AuthorityId, c.SupplierId, c.AwardedAt, c.Bids, c.CompetitionOpenedAt, c.Terms))
            .ToListAsync(cancellationToken);
        var names = await mediator.Send(
            new FindPublicNames([.. found.Select(c => c.DpsId).Distinct()], [.. found.Select(c => c.CategoryId).Distinct()], [.. found.Select(c => c.SupplierId).Distinct()]),
            cancellationToken);
        var awards = found.Select(c => BenchmarkedAward.Of(c, names.Suppliers.GetValueOrDefault(c.SupplierId)?.IsSme == true, clock)).ToList();
        var authorities = AuthorityNames.For(actor, awards.Select(a => a.AuthorityId), names.Authorities);
        var rows = awards
            .GroupBy(a => (a.CategoryId, a.AuthorityId, a.Quarter))
            .Select(g => new BenchmarkRow(
                new BenchmarkCategory(g.Key.CategoryId, names.Categories.GetValueOrDefault(g.Key.CategoryId)),
                authorities[g.Key.AuthorityId],
                g.Key.Quarter,
                BenchmarkedAward.FiguresOf([.. g])))
            .OrderBy(r => r.Category.Name).ThenBy(r => r.Category.Id).ThenBy(r => r.Quarter).ThenBy(r => r.Authority.Name)
            .ToList();
        var currency = found.Select(c => c.Terms.Price.Currency).FirstOrDefault() ?? "GBP";
        return new BenchmarkReport(query.CategoryId, query.From, query.To, currency, BenchmarkedAward.FiguresOf(awards), rows);
    }
}
