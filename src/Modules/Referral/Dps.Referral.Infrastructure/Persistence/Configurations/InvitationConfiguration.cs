using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.EstablishmentName).HasMaxLength(200);
        builder.Property(i => i.DistanceMiles).HasPrecision(9, 2);
        builder.Property(i => i.DeclineReason).HasMaxLength(2000);
        // Two publications of one referral can both pass the draft check only if they do not lock it; this makes sure.
        builder.HasIndex(i => new { i.ReferralId, i.EstablishmentId }).IsUnique()
            .Guards<ReferralMustBeADraftRule>("The referral was published by someone else at the same time.");
        builder.HasIndex(i => new { i.SupplierId, i.ReferralId });
    }
}
