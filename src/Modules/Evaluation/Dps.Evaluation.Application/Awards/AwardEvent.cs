using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Evaluation.Domain.Competitions;
using Dps.Referral.IntegrationEvents;

namespace Dps.Evaluation.Application.Awards;

/// <summary>The platform's one award event, for an awarded competition: the parties, the winning bid's price and lines, the terms.</summary>
internal static class AwardEvent
{
    public static ServiceAwardedIntegrationEvent Of(
        Competition competition, TenderedBid winner, CompetitionAward award, CategoryFundingModel? fundingModel, DateTimeOffset now)
    {
        var terms = competition.Terms;
        return new ServiceAwardedIntegrationEvent(
            Guid.CreateVersion7(),
            now,
            award.AwardId,
            AwardRoute.Competition,
            competition.Id.Value,
            competition.DpsId,
            competition.CategoryId,
            competition.AuthorityId,
            winner.SupplierId,
            winner.EstablishmentId,
            terms.ServiceUserReference,
            winner.Price,
            terms.PriceBasis,
            [.. winner.CoreCosts.Concat(winner.VariableCosts).Select(l => new AwardedCostLine(l.Code, l.Description ?? l.Code, l.Amount))],
            terms.StartDate,
            terms.TermWeeks,
            terms.Places,
            fundingModel is null
                ? null
                : new AwardedFundingModel(
                    fundingModel.FundingModelId,
                    fundingModel.StartSharePercent,
                    fundingModel.CompletionSharePercent,
                    fundingModel.JobOutcomeSharePercent,
                    fundingModel.WeeksInWork,
                    fundingModel.TrackingWindowWeeks),
            now,
            Reason: null,
            Justification: null);
    }
}
