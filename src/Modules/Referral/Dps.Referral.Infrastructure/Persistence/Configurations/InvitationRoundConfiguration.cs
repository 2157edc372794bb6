using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Referral.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

internal sealed class InvitationRoundConfiguration : IEntityTypeConfiguration<InvitationRound>
{
    public void Configure(EntityTypeBuilder<InvitationRound> builder)
    {
        builder.ToTable("invitation_rounds");
        builder.HasKey(r => new { r.ReferralId, r.Round });
        builder.Property(r => r.Invitations).HasJsonConversion();
        builder.Property(r => r.DecisionsDigest).HasMaxLength(64);
    }
}
