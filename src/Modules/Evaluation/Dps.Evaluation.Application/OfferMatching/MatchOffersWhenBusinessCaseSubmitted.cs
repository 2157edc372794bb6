using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Evaluation.Domain.OfferMatching;
using Dps.Evaluation.Domain.Scoring;
using Dps.Referral.IntegrationEvents;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// A business case was handed to offer matching: the category's current offers of active members are taken as they
/// stand at that moment, each with the distance of its nearest delivery location from the business case. An offer with
/// no delivery location on the map cannot be measured, and is left out.
/// </summary>
internal sealed class MatchOffersWhenBusinessCaseSubmitted(IEvaluationDb db, IMediator mediator)
    : IntegrationEventHandler<BusinessCaseSubmittedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(BusinessCaseSubmittedIntegrationEvent submitted, CancellationToken cancellationToken)
    {
        var weights = submitted.Weights;
        var home = submitted.Home;
        var match = BusinessCaseMatch.Open(
            submitted.ReferralId,
            submitted.DpsId,
            submitted.CategoryId,
            submitted.AuthorityId,
            new BusinessCaseTerms(
                submitted.ServiceUserReference,
                submitted.ClientGroups,
                home.Postcode,
                home.Latitude,
                home.Longitude,
                submitted.StartDate,
                submitted.TermWeeks,
                submitted.Places,
                new CriterionWeights(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
                submitted.SubmittedAt));
        db.BusinessCaseMatches.Add(match);
        var offers = await mediator.Send(new FindCategoryOffers(submitted.CategoryId), cancellationToken);
        foreach (var offer in offers)
        {
            var nearest = offer.DeliveryLocations
                .Where(l => l.Latitude is not null && l.Longitude is not null)
                .Select(l => (Location: l, Miles: GreatCircle.Miles(home.Latitude, home.Longitude, l.Latitude!.Value, l.Longitude!.Value)))
                .OrderBy(l => l.Miles)
                .FirstOrDefault();
            if (nearest.Location is null)
            {
                continue;
            }

            var establishment = offer.ActiveEstablishments[0];
            db.MatchedOffers.Add(MatchedOffer.Take(
                match.Id,
                offer.OfferId,
                offer.VersionNumber,
                offer.SupplierId,
                establishment.EstablishmentId,
                offer.ProgrammeName,
                offer.ClientGroups,
                offer.PricePerParticipant.ToDomain(),
                $"{nearest.Location.Name} ({nearest.Location.Postcode})",
                nearest.Miles,
                establishment.CoreCompetencyScore,
                offer.SubmittedAt));
        }
    }
}
