using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Application;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Infrastructure.Persistence;

internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), IEvaluationDb
{
    public const string SchemaName = "evaluation";

    public override string Schema => SchemaName;

    public DbSet<Competition> Competitions => Set<Competition>();

    public DbSet<TenderedBid> TenderedBids => Set<TenderedBid>();

    public DbSet<MethodStatementScore> MethodStatementScores => Set<MethodStatementScore>();

    public DbSet<BusinessCaseMatch> BusinessCaseMatches => Set<BusinessCaseMatch>();

    public DbSet<MatchedOffer> MatchedOffers => Set<MatchedOffer>();

    protected override Assembly DomainAssembly => typeof(Competition).Assembly;

    public async Task<Competition?> LockAsync(CompetitionId id, CancellationToken cancellationToken) =>
        (await Competitions.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.competitions WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<BusinessCaseMatch?> LockMatchAsync(BusinessCaseMatchId id, CancellationToken cancellationToken) =>
        (await BusinessCaseMatches.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.business_case_matches WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<BusinessCaseMatch>> LockDueMatchesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await BusinessCaseMatches.FromSqlRaw(
                $"SELECT *, xmin FROM {SchemaName}.business_case_matches WHERE respond_by <= {{0}} ORDER BY respond_by LIMIT {{1}} FOR UPDATE SKIP LOCKED", now, limit)
            .ToListAsync(cancellationToken);

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluationDbContext).Assembly);
}
