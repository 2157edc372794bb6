using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Dps.BuildingBlocks.Infrastructure.Persistence;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

/// <summary>A referral's terms in one jsonb document; what it is found by (authority, category, status, deadline) in columns.</summary>
internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ReferralCase>
{
    public void Configure(EntityTypeBuilder<ReferralCase> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Terms).HasJsonConversion();
        builder.Property(r => r.CancellationReason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.AuthorityId, r.RaisedAt });
        builder.HasIndex(r => new { r.Status, r.ResponseDeadline });
    }
}
