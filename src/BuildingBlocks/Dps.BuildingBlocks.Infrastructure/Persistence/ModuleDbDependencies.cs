using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using MediatR;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>What a module's DbContext needs besides its options; one scoped bundle so module contexts stay one-liners.</summary>
public sealed class ModuleDbDependencies(
    IMediator mediator,
    ICurrentActor actor,
    RequestContext requestContext,
    TimeProvider clock,
    OutboxSignals outboxSignals,
    DeliveryUnitOfWork delivery,
    FeedSources feed)
{
    public IMediator Mediator { get; } = mediator;

    public ICurrentActor Actor { get; } = actor;

    public RequestContext RequestContext { get; } = requestContext;

    public TimeProvider Clock { get; } = clock;

    public OutboxSignals OutboxSignals { get; } = outboxSignals;

    public DeliveryUnitOfWork Delivery { get; } = delivery;

    public FeedSources Feed { get; } = feed;
}

/// <summary>What the current unit of work is doing, for the audit trail (the command's or event's name).</summary>
public sealed class RequestContext
{
    public string Action { get; set; } = "unspecified";
}
