using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Audit;

internal sealed class AuditTrailReader<TContext>(TContext db) : IAuditTrailReader
    where TContext : ModuleDbContext
{
    public Task<int> CountAsync(AuditFilter filter, CancellationToken cancellationToken) =>
        Filtered(filter).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditRecord>> ReadNewestAsync(AuditFilter filter, int take, CancellationToken cancellationToken)
    {
        var entries = await Filtered(filter)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return entries.Select(ToRecord).ToList();
    }

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.EntityId is { } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.OccurredAt < to);
        }

        return query;
    }

    private AuditRecord ToRecord(AuditEntry entry) => new(
        entry.Id,
        db.Schema,
        entry.OccurredAt,
        entry.ActorId,
        entry.ActorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries),
        entry.Action,
        entry.EntityType,
        entry.EntityId,
        entry.Change,
        entry.Before is null ? null : JsonNode.Parse(entry.Before),
        entry.After is null ? null : JsonNode.Parse(entry.After));
}
