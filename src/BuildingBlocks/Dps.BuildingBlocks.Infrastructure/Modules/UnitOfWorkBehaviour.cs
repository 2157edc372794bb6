using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Runs every command in one transaction of its module's store: the aggregate change, its outbox
/// messages and its audit entries commit together or not at all.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(
    IServiceProvider services, ModuleRegistry modules, RequestContext requestContext, OutboxSignal outboxSignal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand)
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(modules.OwnerOf(typeof(TRequest)).DbContextType);
        requestContext.Action = typeof(TRequest).Name;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        return response;
    }
}
