using Dps.Referral.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

internal sealed class EligibilityDecisionConfiguration : IEntityTypeConfiguration<EligibilityDecision>
{
    public void Configure(EntityTypeBuilder<EligibilityDecision> builder)
    {
        builder.ToTable("eligibility_decisions");
        builder.HasKey(d => new { d.ReferralId, d.Round, d.EstablishmentId });
        builder.Property(d => d.EstablishmentName).HasMaxLength(200);
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DistanceMiles).HasPrecision(9, 2);
    }
}
