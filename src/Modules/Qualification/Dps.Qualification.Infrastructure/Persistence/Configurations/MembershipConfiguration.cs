using Dps.Qualification.Domain.Applications.Rules;
using Dps.Qualification.Domain.Applications;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Memberships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(m => m.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(m => m.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MembershipApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.SupplierId);
        builder.HasIndex(m => new { m.Status, m.AuditDueOn });
        builder.HasIndex(m => new { m.EstablishmentId, m.CategoryId }).IsUnique()
            .HasFilter($"status <> '{nameof(MembershipStatus.Removed)}'")
            .Guards<NotAlreadyAMemberOfTheCategoryRule>("The establishment is already a member of this category.");
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.CoreCompetencyScore).HasPrecision(5, 2);
        builder.Property(m => m.Answers).HasJsonConversion();
        builder.Property(m => m.CoreCosts).HasJsonConversion();
        builder.Property(m => m.Discounts).HasJsonConversion();
        builder.Property(m => m.Suspension).HasJsonConversion();
        builder.Property(m => m.Resubmission).HasJsonConversion();
        builder.Property(m => m.Audits).HasJsonConversion();
        builder.Property(m => m.ScoreAdjustments).HasJsonConversion();
        builder.Property(m => m.RequestedSuspensions).HasJsonConversion();
        builder.Property(m => m.RemovalReason).HasMaxLength(4000);
    }
}
