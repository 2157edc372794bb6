using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Applications;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Applications;

/// <summary>The manager's pass/fail decisions and 0–100 method-statement scores for one category of an application.</summary>
public sealed record RecordEvaluation(
    Guid ApplicationId, Guid CategoryId, IReadOnlyList<PassFailDecision> Decisions, IReadOnlyList<MethodStatementScore> Scores, uint? ExpectedVersion)
    : ICommand<ApplicationResponse>;

internal sealed class RecordEvaluationValidator : AbstractValidator<RecordEvaluation>
{
    private const int MaxNoteLength = 4000;

    public RecordEvaluationValidator()
    {
        RuleFor(c => c.CategoryId).NotEmpty();
        RuleFor(c => c.Decisions).NotNull();
        RuleForEach(c => c.Decisions).NotNull().ChildRules(decision =>
        {
            decision.RuleFor(d => d.CriterionCode).NotEmpty();
            decision.RuleFor(d => d.Note).MaximumLength(MaxNoteLength);
        });
        RuleFor(c => c.Scores).NotNull();
        RuleForEach(c => c.Scores).NotNull().ChildRules(score =>
        {
            score.RuleFor(s => s.CriterionCode).NotEmpty();
            score.RuleFor(s => s.Score).InclusiveBetween((int)CoreCompetencyScore.Minimum, (int)CoreCompetencyScore.Maximum);
        });
    }
}

internal sealed class RecordEvaluationHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<RecordEvaluation, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(RecordEvaluation command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.GetVisibleAsync(command.ApplicationId, actor, cancellationToken);
        db.ExpectVersion(application, command.ExpectedVersion);
        var criteria = await db.CriteriaOfAsync(application, cancellationToken);
        if (!criteria.TryGetValue(command.CategoryId, out var category))
        {
            throw new NotFoundException("Category of the application", command.CategoryId);
        }

        application.Evaluate(command.CategoryId, category.Criteria, new CategoryEvaluation(command.Decisions, command.Scores));
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, clock.Today);
    }
}
