using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Evaluation.Infrastructure.Persistence.Configurations;

/// <summary>A competition's terms, parent's choice and award as jsonb documents; what it is found by in columns.</summary>
internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> builder)
    {
        builder.ToTable("competitions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Terms).HasJsonConversion();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ParentChoice).HasJsonConversion();
        builder.Property(c => c.Award).HasJsonConversion();
        builder.Property(c => c.CancellationReason).HasMaxLength(2000);
        builder.HasIndex(c => c.AuthorityId);
    }
}
