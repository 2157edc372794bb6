using Dps.Qualification.Domain.Suppliers.Rules;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("suppliers");
        builder.HasKey(s => s.Id).Guards<SupplierMustRegisterOnlyOnceRule>("This supplier is already registered; update its organisation instead.");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.CompanyNumber).HasMaxLength(8);
        builder.Property(s => s.Contact).HasJsonConversion();
    }
}
