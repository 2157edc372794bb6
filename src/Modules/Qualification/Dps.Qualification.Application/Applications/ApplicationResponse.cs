using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Applications;

namespace Dps.Qualification.Application.Applications;

public sealed record ApplicationResponse(
    Guid Id,
    Guid SupplierId,
    Guid EstablishmentId,
    Guid DpsId,
    [property: Description("`Draft`, `Submitted`, `UnderEvaluation`, `Admitted` (decided, at least one category admitted) or `Rejected` (decided, every category rejected; the supplier may reapply at any time).")] ApplicationStatus Status,
    [property: Description("What the establishment offers each category applied for, with the evaluation and outcome of each.")] IReadOnlyList<Contracts.CategoryApplication> Categories,
    [property: Description("The day it was submitted (a calendar date in the scheme's time zone, Europe/London); null while a draft.")] DateOnly? SubmittedOn,
    [property: Description("The day by which the DPS manager must decide: 10 working days after submission, or 15 once extended (England and Wales bank holidays excluded); null while a draft.")] DateOnly? DecisionDueOn,
    [property: Description("Why the decision deadline was extended; null unless it was.")] string? DeadlineExtensionJustification,
    [property: Description("Whether the application still awaits a decision (`Submitted` or `UnderEvaluation`) after `decisionDueOn`.")] bool Overdue,
    [property: Description("When the draft was started (UTC).")] DateTimeOffset CreatedAt,
    [property: Description("When the DPS manager decided it (UTC); null until then.")] DateTimeOffset? DecidedAt,
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
