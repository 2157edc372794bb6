using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

/// <summary>A contract's terms as a jsonb document; its parties, award and status, which it is found by, in columns.</summary>
internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("contracts");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.AwardId).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Grounds).HasJsonConversion();
        builder.Property(c => c.Terms).HasJsonConversion();
        builder.Property(c => c.Prices).HasJsonConversion();
        builder.Property(c => c.TerminationReason).HasMaxLength(2000);
        builder.Property(c => c.CriterionFailures).HasJsonConversion();
        builder.HasIndex(c => new { c.AuthorityId, c.AwardedAt });
        builder.HasIndex(c => new { c.SupplierId, c.AwardedAt });
        builder.HasIndex(c => c.AwardedAt);
    }
}
