using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Application;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
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

    protected override Assembly DomainAssembly => typeof(Competition).Assembly;

    public async Task<Competition?> LockAsync(CompetitionId id, CancellationToken cancellationToken) =>
        (await Competitions.FromSqlRaw($"SELECT *, xmin FROM {SchemaName}.competitions WHERE id = {{0}} FOR UPDATE", id.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluationDbContext).Assembly);
}
