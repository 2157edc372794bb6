using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Application.Evaluations;
using FluentValidation;
using MediatR;

namespace Dps.Evaluation.Application.ParentChoices;

/// <summary>
/// A buyer of the referral's authority records the parent's or carer's choice among the parent-choice group, with an
/// optional note; recording again replaces it (the audit trail keeps each). Answers with the evaluation.
/// </summary>
public sealed record RecordParentChoice(Guid ReferralId, Guid BidId, string? Note, uint? ExpectedVersion) : ICommand<EvaluationResponse>;

internal sealed class RecordParentChoiceValidator : AbstractValidator<RecordParentChoice>
{
    public RecordParentChoiceValidator()
    {
        RuleFor(c => c.BidId).NotEmpty();
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

internal sealed class RecordParentChoiceHandler(IEvaluationDb db, ICurrentActor actor, CompetitionScoring scoring, TimeProvider clock)
    : IRequestHandler<RecordParentChoice, EvaluationResponse>
{
    public async Task<EvaluationResponse> Handle(RecordParentChoice command, CancellationToken cancellationToken)
    {
        var competition = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(competition, command.ExpectedVersion);
        var scored = await scoring.ScoreAsync(competition, cancellationToken);
        competition.RecordParentChoice(scored.Scores, command.BidId, actor.Id, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return EvaluationResponse.From(scored);
    }
}
