using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Applications;

namespace Dps.Qualification.Application.Applications;

public sealed record ApplicationResponse(
    Guid Id,
    Guid SupplierId,
    Guid EstablishmentId,
    Guid DpsId,
    ApplicationStatus Status,
    IReadOnlyList<Contracts.CategoryApplication> Categories,
    DateOnly? SubmittedOn,
    DateOnly? DecisionDueOn,
    string? DeadlineExtensionJustification,
    bool Overdue,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    uint Version) : IVersioned
{
    public static ApplicationResponse From(MembershipApplication application, DateOnly today) => new(
        application.Id.Value,
        application.SupplierId.Value,
        application.EstablishmentId.Value,
        application.DpsId.Value,
        application.Status,
        [.. application.Categories.Select(Contracts.CategoryApplication.From)],
        application.SubmittedOn,
        application.DecisionDueOn,
        application.DeadlineExtensionJustification,
        application.IsOverdueOn(today),
        application.CreatedAt,
        application.DecidedAt,
        application.Version);
}
