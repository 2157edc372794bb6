using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.OfferMatching;
using Dps.Referral.IntegrationEvents;

namespace Dps.Evaluation.Application.Awards;

/// <summary>The platform's one award event, for an awarded competition or an accepted offer: the parties, the price and its lines, the terms.</summary>
internal static class AwardEvent
{
    /// <summary>The price per an offer match's award is per participant.</summary>
    public const string PerParticipant = "Participant";

    public static ServiceAwardedIntegrationEvent Of(
        Competition competition, TenderedBid winner, CompetitionAward award, CategoryFundingModel? fundingModel, DateTimeOffset now)
    {
        var terms = competition.Terms;
        return Of(
            award.AwardId,
            AwardRoute.Competition,
            competition.Id.Value,
            (competition.DpsId, competition.CategoryId, competition.AuthorityId),
            (winner.SupplierId, winner.EstablishmentId),
            terms.ServiceUserReference,
            winner.Price,
            terms.PriceBasis,
            [.. winner.CoreCosts.Concat(winner.VariableCosts).Select(l => new AwardedCostLine(l.Code, l.Description ?? l.Code, l.Amount))],
            (terms.StartDate, terms.TermWeeks, terms.Places),
            fundingModel,
            new AwardedCompetition(competition.BidCount, terms.PublishedAt ?? terms.ClosedAt),
            now);
    }

    /// <param name="offers">How many offers the business case was matched against.</param>
    public static ServiceAwardedIntegrationEvent Of(
        BusinessCaseMatch match, MatchedOffer offer, int offers, CompetitionAward award, CategoryFundingModel? fundingModel, DateTimeOffset now)
    {
        var terms = match.Terms;
        return Of(
            award.AwardId,
            AwardRoute.OfferMatch,
            match.Id.Value,
            (match.DpsId, match.CategoryId, match.AuthorityId),
            (offer.SupplierId, offer.EstablishmentId),
            terms.ServiceUserReference,
            offer.Price,
            PerParticipant,
            [new AwardedCostLine("PER-PARTICIPANT", $"{offer.ProgrammeName}, per participant", offer.Price)],
            (terms.StartDate, terms.TermWeeks, terms.Places),
            fundingModel,
            new AwardedCompetition(offers, terms.SubmittedAt),
            now);
    }

    private static ServiceAwardedIntegrationEvent Of(
        Guid awardId,
        AwardRoute route,
        Guid referralId,
        (Guid Dps, Guid Category, Guid Authority) scheme,
        (Guid Supplier, Guid Establishment) winner,
        string serviceUserReference,
        Money price,
        string priceBasis,
        IReadOnlyList<AwardedCostLine> costLines,
        (DateOnly Start, int TermWeeks, int Places) term,
        CategoryFundingModel? fundingModel,
        AwardedCompetition competed,
        DateTimeOffset now) => new(
            Guid.CreateVersion7(),
            now,
            awardId,
            route,
            referralId,
            scheme.Dps,
            scheme.Category,
            scheme.Authority,
            winner.Supplier,
            winner.Establishment,
            serviceUserReference,
            price,
            priceBasis,
            costLines,
            term.Start,
            term.TermWeeks,
            term.Places,
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
            Justification: null,
            competed);
}
