using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Application;
using Dps.Catalogue.Domain.FundingModels;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Taxonomies;
using Dps.Catalogue.Infrastructure.Persistence.Configurations;
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

    protected override Assembly DomainAssembly => typeof(Taxonomy).Assembly;

    /// <summary>
    /// Offers and funding models are configured before the base model building, which then maps them like the rest
    /// (aggregate versions as xmin, snake_case names).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OfferConfiguration());
        modelBuilder.ApplyConfiguration(new FundingModelConfiguration());
        base.OnModelCreating(modelBuilder);
    }

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
