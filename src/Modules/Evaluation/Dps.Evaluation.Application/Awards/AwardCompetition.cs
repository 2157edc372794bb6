using System.ComponentModel;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Application.Evaluations;
using Dps.Evaluation.Domain.Competitions;
using Dps.Referral.IntegrationEvents;
using FluentValidation;
using MediatR;
using Money = Dps.BuildingBlocks.Application.Contracts.Money;

namespace Dps.Evaluation.Application.Awards;

/// <summary>
/// A buyer of the referral's authority awards the competition: to the top bid, or to the parent's choice when the group
/// holds more than one. One award per competition; the award event hands it to ContractManagement.
/// </summary>
public sealed record AwardCompetition(Guid ReferralId, IncentiveDetails? Incentive, uint? ExpectedVersion) : ICommand<EvaluationResponse>;

/// <summary>An incentive agreed with the award (optional): what earns it, and its premium if it is money.</summary>
public sealed record IncentiveDetails(
    [property: Description("What the incentive is and what earns it, up to 2,000 characters, e.g. `£500 if stepped down to day placement by week 26`.")] string Description,
    [property: Description("The premium paid when it is earned: an amount above 0 with its ISO 4217 currency (e.g. GBP); null or left out when the incentive is not money.")] Money? Premium);

internal sealed class AwardCompetitionValidator : AbstractValidator<AwardCompetition>
{
    public AwardCompetitionValidator() =>
        RuleFor(c => c.Incentive!).ChildRules(incentive =>
        {
            incentive.RuleFor(i => i.Description).NotEmpty().MaximumLength(2000);
            incentive.RuleFor(i => i.Premium!).ChildRules(premium =>
            {
                premium.RuleFor(m => m.Amount).GreaterThan(0).LessThan(100_000_000m);
                premium.RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("'Currency' must be an ISO 4217 code such as GBP.");
            }).When(i => i.Premium is not null);
        }).When(c => c.Incentive is not null);
}

internal sealed class AwardCompetitionHandler(IEvaluationDb db, ICurrentActor actor, CompetitionScoring scoring, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AwardCompetition, EvaluationResponse>
{
    public async Task<EvaluationResponse> Handle(AwardCompetition command, CancellationToken cancellationToken)
    {
        var competition = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(competition, command.ExpectedVersion);
        var scored = await scoring.ScoreAsync(competition, cancellationToken);
        var incentive = command.Incentive is { } i ? new AwardIncentive(i.Description.Trim(), i.Premium?.ToDomain()) : null;
        var now = clock.GetUtcNow();
        var award = competition.AwardTo(scored.Scores, actor.Id, incentive, now);
        var fundingModel = await mediator.Send(new FindFundingModel(competition.CategoryId), cancellationToken);
        db.AddToOutbox(AwardEvent.Of(competition, scored.Bid(award.BidId), award, fundingModel, now));
        await db.SaveChangesAsync(cancellationToken);
        return EvaluationResponse.From(scored);
    }
}
