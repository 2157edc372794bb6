using Dps.Referral.Domain.Clarifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

internal sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.ToTable("clarifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AskerEstablishmentName).HasMaxLength(200);
        builder.Property(c => c.Question).HasMaxLength(4000);
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.ReferralId, c.AskedAt });
    }
}
