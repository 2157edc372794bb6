using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Application;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Infrastructure.Persistence;

internal sealed class QualificationDbContext(DbContextOptions<QualificationDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), IQualificationDb
{
    public const string SchemaName = "qualification";

    public override string Schema => SchemaName;

    public DbSet<DynamicPurchasingSystem> PurchasingSystems => Set<DynamicPurchasingSystem>();

    public DbSet<Category> Categories => Set<Category>();

    protected override Assembly DomainAssembly => typeof(DynamicPurchasingSystem).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DynamicPurchasingSystem>(b =>
        {
            b.ToTable("purchasing_systems");
            b.HasKey(d => d.Id);
            b.Property(d => d.Reference).HasMaxLength(50);
            b.HasIndex(d => d.Reference).IsUnique();
            b.Property(d => d.Title).HasMaxLength(300);
            b.Property(d => d.LeadAuthority).HasJsonConversion();
            b.Property(d => d.ParticipatingAuthorities).HasJsonConversion();
        });

        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("categories");
            b.HasKey(c => c.Id);
            b.HasOne<DynamicPurchasingSystem>().WithMany().HasForeignKey(c => c.DpsId).OnDelete(DeleteBehavior.Restrict);
            b.Property(c => c.Name).HasMaxLength(200);
            b.Property(c => c.Description).HasMaxLength(2000);
            b.HasIndex(c => new { c.DpsId, c.Name }).IsUnique();
        });
    }
}
