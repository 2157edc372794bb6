using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using FluentValidation;
using MediatR;

namespace Dps.Api.Audit;

/// <summary>The audit trail of every module, newest first.</summary>
public sealed record ReadAuditTrail(string? EntityId, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize)
    : IQuery<Paged<AuditRecord>>, IPagedQuery;

internal sealed class ReadAuditTrailValidator : AbstractValidator<ReadAuditTrail>
{
    public ReadAuditTrailValidator()
    {
        Include(PagingRules.Instance);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.EntityId).MaximumLength(200);
    }
}

/// <summary>Each module reads its own audit table; this merges the newest entries of all of them.</summary>
internal sealed class ReadAuditTrailHandler(IEnumerable<IAuditTrailReader> readers) : IRequestHandler<ReadAuditTrail, Paged<AuditRecord>>
{
    public async Task<Paged<AuditRecord>> Handle(ReadAuditTrail query, CancellationToken cancellationToken)
    {
        var filter = new AuditFilter(query.EntityId, query.From, query.To);
        var needed = query.Page * query.PageSize;
        var total = 0;
        var newest = new List<AuditRecord>();
        foreach (var reader in readers)
        {
            total += await reader.CountAsync(filter, cancellationToken);
            newest.AddRange(await reader.ReadNewestAsync(filter, needed, cancellationToken));
        }

        return Paged<AuditRecord>.OfNewest(newest, total, query, r => (r.OccurredAt, r.Id));
    }
}
