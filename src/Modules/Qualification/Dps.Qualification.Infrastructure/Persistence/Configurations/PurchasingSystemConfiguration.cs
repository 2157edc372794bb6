using Dps.Qualification.Domain.PurchasingSystems.Rules;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class PurchasingSystemConfiguration : IEntityTypeConfiguration<DynamicPurchasingSystem>
{
    public void Configure(EntityTypeBuilder<DynamicPurchasingSystem> builder)
    {
        builder.ToTable("purchasing_systems");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reference).HasMaxLength(50);
        builder.HasIndex(d => d.Reference).IsUnique().Guards<DpsReferenceMustBeUniqueRule>("A DPS with this reference already exists.");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.LeadAuthority).HasJsonConversion();
        builder.Property(d => d.ParticipatingAuthorities).HasJsonConversion();
        builder.Property(d => d.ValidityChanges).HasJsonConversion();
        builder.Property(d => d.EntryClosures).HasJsonConversion();
    }
}
