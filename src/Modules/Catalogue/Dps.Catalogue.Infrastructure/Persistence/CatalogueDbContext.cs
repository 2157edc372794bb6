using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Application;
using Dps.Catalogue.Domain.FundingModels;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Participants;
using Dps.Catalogue.Domain.Taxonomies;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Infrastructure.Persistence;

internal sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), ICatalogueDb
{
    public const string SchemaName = "catalogue";

    public override string Schema => SchemaName;

    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<FundingModel> FundingModels => Set<FundingModel>();

    public DbSet<ListedEstablishment> Listings => Set<ListedEstablishment>();

    public DbSet<DpsParticipants> DpsParticipants => Set<DpsParticipants>();

    protected override Assembly DomainAssembly => typeof(Taxonomy).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
}
