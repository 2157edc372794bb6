using Dps.Qualification.Domain.Applications;
using System.Reflection;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Application;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Infrastructure.Persistence;

internal sealed class QualificationDbContext(DbContextOptions<QualificationDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies), IQualificationDb
{
    public const string SchemaName = "qualification";

    public override string Schema => SchemaName;

    public DbSet<DynamicPurchasingSystem> PurchasingSystems => Set<DynamicPurchasingSystem>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<Establishment> Establishments => Set<Establishment>();

    public DbSet<MembershipApplication> Applications => Set<MembershipApplication>();

    public DbSet<Membership> Memberships => Set<Membership>();

    protected override Assembly DomainAssembly => typeof(DynamicPurchasingSystem).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualificationDbContext).Assembly);
}
