using Dps.Qualification.Domain.Applications.Rules;
using Dps.Qualification.Domain.Applications;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.HasOne<DynamicPurchasingSystem>().WithMany().HasForeignKey(a => a.DpsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(a => a.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.SupplierId);
        builder.HasIndex(a => new { a.Status, a.DecisionDueOn });
        builder.HasIndex(a => new { a.EstablishmentId, a.DpsId }).IsUnique()
            .HasFilter($"status NOT IN ('{nameof(ApplicationStatus.Admitted)}', '{nameof(ApplicationStatus.Rejected)}')")
            .Guards<OneOpenApplicationPerEstablishmentAndDpsRule>(
                "The establishment already has an undecided application to this DPS; revise that one instead.");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Categories).HasJsonConversion();
        builder.Property(a => a.DeadlineExtensionJustification).HasMaxLength(4000);
        builder.Ignore(a => a.Deadline);
    }
}
