using Dps.BuildingBlocks.Application.Messaging;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application;

/// <summary>The Evaluation module's own tables, as its handlers see them.</summary>
public interface IEvaluationDb : IModuleDb
{
    DbSet<Competition> Competitions { get; }

    DbSet<TenderedBid> TenderedBids { get; }

    /// <summary>Only ever added to: a score changes by a new entry.</summary>
    DbSet<MethodStatementScore> MethodStatementScores { get; }

    /// <summary>The competition, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<Competition?> LockAsync(CompetitionId id, CancellationToken cancellationToken);
}
