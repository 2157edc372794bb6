using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Evaluation.Infrastructure.Persistence.Configurations;

internal sealed class MethodStatementScoreConfiguration : IEntityTypeConfiguration<MethodStatementScore>
{
    public void Configure(EntityTypeBuilder<MethodStatementScore> builder)
    {
        builder.ToTable("method_statement_scores", t => t.HasCheckConstraint("ck_method_statement_scores_score", "score BETWEEN 0 AND 100"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.EvaluatorId).HasMaxLength(200);
        builder.Property(s => s.Score).HasPrecision(5, 2);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.HasOne<TenderedBid>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Competition>().WithMany().HasForeignKey(s => s.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CompetitionId, s.BidId, s.RecordedAt });
    }
}
