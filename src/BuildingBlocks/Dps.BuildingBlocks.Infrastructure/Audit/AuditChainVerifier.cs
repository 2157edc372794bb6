using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// Walks a module's audit chain from its first entry: each must be at the next position, name the hash of the entry
/// before it, and hold the hash of its own content. The first that does not is the broken link; the rest are counted.
/// </summary>
internal sealed class AuditChainVerifier<TContext>(TContext db) : IAuditChainVerifier
    where TContext : ModuleDbContext
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var entries = 0L;
        var (lastPosition, lastHash) = (0L, (byte[]?)null);
        (Guid Id, string Reason)? broken = null;
        var chain = db.AuditEntries.AsNoTracking().OrderBy(a => a.ChainPosition).AsAsyncEnumerable();
        await foreach (var entry in chain.WithCancellation(cancellationToken))
        {
            entries++;
            if (broken is null && BreakIn(entry, lastPosition, lastHash) is { } reason)
            {
                broken = (entry.Id, reason);
            }

            (lastPosition, lastHash) = (entry.ChainPosition, entry.Hash);
        }

        return new AuditChainReport(
            db.Schema, entries, broken is null, broken?.Id, broken?.Reason, lastHash is null ? null : Convert.ToHexStringLower(lastHash));
    }

    private static string? BreakIn(AuditEntry entry, long lastPosition, byte[]? lastHash)
    {
        if (entry.ChainPosition != lastPosition + 1)
        {
            return lastPosition == 0
                ? $"It is the first entry, at position {entry.ChainPosition}: the entries before it are missing."
                : $"It is at position {entry.ChainPosition} but follows position {lastPosition}: the entries between them are missing.";
        }

        if (!Same(entry.PreviousHash, lastHash))
        {
            return lastHash is null
                ? "It is the first entry, yet it follows a hash: the entries before it are missing."
                : $"It does not follow the hash of the entry before it (position {lastPosition}): that entry was changed and rehashed, or replaced.";
        }

        return AuditChain.HashOf(entry).AsSpan().SequenceEqual(entry.Hash)
            ? null
            : $"Its content (position {entry.ChainPosition}) does not match its hash: it was changed after it was written.";
    }

    private static bool Same(byte[]? left, byte[]? right) =>
        left is null || right is null ? left == right : left.AsSpan().SequenceEqual(right);
}
