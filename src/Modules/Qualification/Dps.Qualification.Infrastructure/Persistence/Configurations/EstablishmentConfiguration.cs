using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> builder)
    {
        builder.ToTable("establishments");
        builder.HasKey(e => e.Id);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SupplierId);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Address).HasMaxLength(500);
        builder.Property(e => e.Postcode).HasMaxLength(8);
        builder.Property(e => e.OfstedUrn).HasMaxLength(8);
        builder.Property(e => e.OfstedRating).HasConversion<string>().HasMaxLength(30);
    }
}
