using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Evaluation.Infrastructure.Persistence.Configurations;

/// <summary>A matching's terms, invitations and award as jsonb; the pending invitation's respond-by time in a column the sweep finds it by.</summary>
internal sealed class BusinessCaseMatchConfiguration : IEntityTypeConfiguration<BusinessCaseMatch>
{
    public void Configure(EntityTypeBuilder<BusinessCaseMatch> builder)
    {
        builder.ToTable("business_case_matches");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Terms).HasJsonConversion();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Invitations).HasJsonConversion();
        builder.Property(m => m.Award).HasJsonConversion();
        builder.Ignore(m => m.Pending);
        builder.HasIndex(m => m.RespondBy);
        builder.HasIndex(m => m.AuthorityId);
    }
}
