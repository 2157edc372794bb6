using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Infrastructure.Http.Idempotency;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Runs every command in one transaction of its module's store: the aggregate change, its outbox
/// messages, its audit entries and the request's Idempotency-Key commit together or not at all. After the commit it wakes the module's outbox
/// processor if the command wrote to the outbox.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(
    IServiceProvider services, ModuleRegistry modules, RequestContext requestContext, IdempotencyClaim idempotency)
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
        await idempotency.RecordAsync(db.Database, cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        idempotency.Committed();
        db.SignalOutboxAfterCommit();
        return response;
    }
}
