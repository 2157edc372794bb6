using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using FluentValidation;
using MediatR;

namespace Dps.Api.Outbox;

/// <summary>
/// Makes a parked message due again, with a fresh retry schedule, once an operator has dealt with why it failed.
/// Not an <c>ICommand</c>: it belongs to no module's application, and the module's outbox runs its own transaction.
/// </summary>
public sealed record RedeliverParkedMessage(string Module, Guid MessageId) : IRequest<Unit>;

internal sealed class RedeliverParkedMessageValidator : AbstractValidator<RedeliverParkedMessage>
{
    public RedeliverParkedMessageValidator(IEnumerable<IParkedOutboxMessages> outboxes)
    {
        var modules = outboxes.Select(o => o.Module).ToList();
        RuleFor(r => r.Module)
            .Must(modules.Contains)
            .WithMessage($"'Module' must be a module that publishes events: {string.Join(", ", modules)}.");
    }
}

internal sealed class RedeliverParkedMessageHandler(IEnumerable<IParkedOutboxMessages> outboxes, RequestContext requestContext)
    : IRequestHandler<RedeliverParkedMessage, Unit>
{
    public async Task<Unit> Handle(RedeliverParkedMessage request, CancellationToken cancellationToken)
    {
        requestContext.Action = nameof(RedeliverParkedMessage);
        var outbox = outboxes.Single(o => o.Module == request.Module);
        return await outbox.RedeliverAsync(request.MessageId, cancellationToken)
            ? Unit.Value
            : throw new NotFoundException("Parked outbox message", $"{request.Module}/{request.MessageId}");
    }
}
