using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Infrastructure.Persistence;

/// <summary>The module's schema; for now it holds only its outbox, inbox and audit trail.</summary>
internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "evaluation";

    public override string Schema => SchemaName;

    protected override Assembly DomainAssembly => typeof(EvaluationDbContext).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}
