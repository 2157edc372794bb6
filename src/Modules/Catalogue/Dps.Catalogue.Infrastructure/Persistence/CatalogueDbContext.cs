using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Application;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Taxonomies;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Infrastructure.Persistence;

internal sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), ICatalogueDb
{
    public const string SchemaName = "catalogue";

    public override string Schema => SchemaName;

    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();

    public DbSet<ListedEstablishment> Listings => Set<ListedEstablishment>();

    protected override Assembly DomainAssembly => typeof(Taxonomy).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Taxonomy>(b =>
        {
            b.ToTable("taxonomies");
            b.HasKey(t => t.Id);
            b.HasIndex(t => t.CategoryId).IsUnique();
            b.Property(t => t.CategoryName).HasMaxLength(200);
            b.Property(t => t.Needs).HasJsonConversion();
            b.Property(t => t.Features).HasJsonConversion();
            b.Property(t => t.History).HasJsonConversion();

            // The other Catalogue tables are configured beside their own migrations.
            ListingModel.Configure(modelBuilder);
        });
}
