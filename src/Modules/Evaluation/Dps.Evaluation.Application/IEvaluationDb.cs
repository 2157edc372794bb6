using Dps.BuildingBlocks.Application.Messaging;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application;

/// <summary>The Evaluation module's own tables, as its handlers see them.</summary>
public interface IEvaluationDb : IModuleDb
{
    DbSet<Competition> Competitions { get; }

    DbSet<TenderedBid> TenderedBids { get; }

    /// <summary>Only ever added to: a score changes by a new entry.</summary>
    DbSet<MethodStatementScore> MethodStatementScores { get; }

    DbSet<BusinessCaseMatch> BusinessCaseMatches { get; }

    DbSet<MatchedOffer> MatchedOffers { get; }

    /// <summary>The business case's matching, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<BusinessCaseMatch?> LockMatchAsync(BusinessCaseMatchId id, CancellationToken cancellationToken);

    /// <summary>Matchings whose pending invitation was due to be answered by <paramref name="now"/>, tracked and locked, skipping any another transaction holds.</summary>
    Task<IReadOnlyList<BusinessCaseMatch>> LockDueMatchesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The competition, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<Competition?> LockAsync(CompetitionId id, CancellationToken cancellationToken);
}
