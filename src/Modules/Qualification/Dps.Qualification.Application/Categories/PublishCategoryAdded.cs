using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.IntegrationEvents;
using MediatR;

namespace Dps.Qualification.Application.Categories;

internal sealed class PublishCategoryAdded(IQualificationDb db, TimeProvider clock) : INotificationHandler<CategoryAdded>
{
    public Task Handle(CategoryAdded notification, CancellationToken cancellationToken)
    {
        db.AddToOutbox(new CategoryAddedIntegrationEvent(
            Guid.CreateVersion7(), clock.GetUtcNow(), notification.CategoryId.Value, notification.DpsId.Value, notification.Name));
        return Task.CompletedTask;
    }
}
