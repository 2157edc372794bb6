using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Application.Competitions;
using MediatR;

namespace Dps.Evaluation.Application.Evaluations;

/// <summary>A closed competition's evaluation, scored now from its stored inputs: for its buyers, the manager and auditors.</summary>
public sealed record GetEvaluation(Guid ReferralId) : IQuery<EvaluationResponse>;

internal sealed class GetEvaluationHandler(IEvaluationDb db, ICurrentActor actor, CompetitionScoring scoring) : IRequestHandler<GetEvaluation, EvaluationResponse>
{
    public async Task<EvaluationResponse> Handle(GetEvaluation query, CancellationToken cancellationToken)
    {
        var competition = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        return EvaluationResponse.From(await scoring.ScoreAsync(competition, cancellationToken));
    }
}
