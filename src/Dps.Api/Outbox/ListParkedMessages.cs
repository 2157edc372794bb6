using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using FluentValidation;
using MediatR;

namespace Dps.Api.Outbox;

/// <summary>The parked outbox messages of every module that publishes events, most recently parked first.</summary>
public sealed record ListParkedMessages(int Page, int PageSize) : IQuery<Paged<ParkedOutboxMessage>>, IPagedQuery;

internal sealed class ListParkedMessagesValidator : AbstractValidator<ListParkedMessages>
{
    public ListParkedMessagesValidator() => Include(PagingRules.Instance);
}

internal sealed class ListParkedMessagesHandler(IEnumerable<IParkedOutboxMessages> outboxes)
    : IRequestHandler<ListParkedMessages, Paged<ParkedOutboxMessage>>
{
    public async Task<Paged<ParkedOutboxMessage>> Handle(ListParkedMessages query, CancellationToken cancellationToken)
    {
        var total = 0;
        var newest = new List<ParkedOutboxMessage>();
        foreach (var outbox in outboxes)
        {
            total += await outbox.CountAsync(cancellationToken);
            newest.AddRange(await outbox.ReadNewestAsync(query.Page * query.PageSize, cancellationToken));
        }

        return Paged<ParkedOutboxMessage>.OfNewest(newest, total, query, m => (m.ParkedAt, m.Id));
    }
}
