using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Contracts;
using Dps.Catalogue.Application.Offers;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class OfferEndpoints
{
    /// <summary>The body of <c>POST /offers</c>, named as the command it becomes.</summary>
    public sealed record SubmitOffer(
        Guid DpsId,
        Guid CategoryId,
        [property: Description("The programme's name, up to 200 characters; one offer per category and programme, ignoring case and spacing.")] string ProgrammeName,
        [property: Description("What the programme does and how, up to 4,000 characters.")] string Description,
        [property: Description("The client groups it serves, 1 to 50, e.g. Long-term unemployed.")] IReadOnlyList<string> ClientGroups,
        [property: Description("Where it is delivered: 1 to 50 sites.")] IReadOnlyList<DeliveryLocation> DeliveryLocations,
        [property: Description("The outcomes and performance the supplier expects, in its own words, up to 4,000 characters.")] string ExpectedOutcomes,
        [property: Description("The percentage (0–100) of participants expected to reach a job outcome; null when not stated.")] decimal? ExpectedJobOutcomePercentage,
        [property: Description("The price per participant, in GBP (required).")] Money? PricePerParticipant,
        [property: Description("How many participants the programme can take, at least 1.")] int Capacity)
    {
        public Application.Offers.SubmitOffer ToCommand() => new(
            DpsId,
            CategoryId,
            ProgrammeName,
            Description,
            ClientGroups,
            DeliveryLocations.ToDomain(),
            ExpectedOutcomes,
            ExpectedJobOutcomePercentage,
            PricePerParticipant?.ToDomain(),
            Capacity);
    }

    public sealed record ReviseOfferRequest(
        [property: Description("The programme's name, up to 200 characters; one offer per category and programme, ignoring case and spacing.")] string ProgrammeName,
        [property: Description("What the programme does and how, up to 4,000 characters.")] string Description,
        [property: Description("The client groups it serves, 1 to 50, e.g. Long-term unemployed.")] IReadOnlyList<string> ClientGroups,
        [property: Description("Where it is delivered: 1 to 50 sites.")] IReadOnlyList<DeliveryLocation> DeliveryLocations,
        [property: Description("The outcomes and performance the supplier expects, in its own words, up to 4,000 characters.")] string ExpectedOutcomes,
        [property: Description("The percentage (0–100) of participants expected to reach a job outcome; null when not stated.")] decimal? ExpectedJobOutcomePercentage,
        [property: Description("The price per participant, in GBP (required).")] Money? PricePerParticipant,
        [property: Description("How many participants the programme can take, at least 1.")] int Capacity);

    private static readonly string[] Readers = [DpsRoles.Supplier, DpsRoles.Buyer, DpsRoles.Manager, DpsRoles.Auditor];

    public static void Map(IEndpointRouteBuilder api)
    {
        var offers = api.MapGroup("/offers").WithTags("Offers");

        offers.MapPost("", async (SubmitOffer command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var offer = await mediator.Send(command.ToCommand(), ct);
                return VersionedResults.CreatedAt(http, "GetOffer", new { offerId = offer.Id }, offer);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("SubmitOffer")
            .WithSummary("Offer a programme in a category")
            .WithDescription("DWP mode: the supplier of the token's `supplier_id` describes one programme in one category — what and how, client groups, delivery locations, expected outcomes and performance, price per participant (GBP) and capacity. This is version 1. The category must be one of the DPS's (422, rule `OfferCategoryMustBelongToTheDps`; a category just added counts once its taxonomy is open), and the supplier an active member of it: one of its establishments admitted to the category and not suspended there (409, rule `OffersComeOnlyFromActiveMembers`). One offer per category and programme (409, rule `OneOfferPerCategoryAndProgramme`); an offer whose description, client groups, outcomes, locations and price copy the supplier's offer in another category is a generic offer (422, rule `OfferMustNotBeGeneric`).")
            .Produces<OfferResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409, 422);

        offers.MapList<OfferResponse>("", "ListOffers", Readers, (
                [Description("Only the offers made in this DPS.")] Guid? dpsId,
                [Description("Only the offers in this category.")] Guid? categoryId,
                [Description("Only the offers of this supplier. A supplier sees only its own offers whatever it asks for.")] Guid? supplierId,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListOffers(dpsId, categoryId, supplierId, page, pageSize))
            .WithSummary("List offers")
            .WithDescription("Pages through offers (their current versions), oldest first, optionally of one DPS, category or supplier. The DPS manager and auditors see every offer, withdrawn ones included with their status; a supplier sees only its own. A buyer sees only what it can buy now in the DPSs its authority takes part in (as lead or participant): active offers whose supplier has an establishment that is an active member of the category (a suspended or removed member's offers vanish from the list at once, as its establishments vanish from search); a `dpsId` or `categoryId` of any other DPS answers 404. A buyer may still read by its id any offer of its authority's DPSs.")
            .ProducesProblems(404);

        offers.MapGetVersioned<OfferResponse>("{offerId:guid}", "GetOffer", Readers, (Guid offerId) => new GetOffer(offerId))
            .WithSummary("Get an offer's current version")
            .WithDescription("A supplier reads only its own offers, and a buyer only those of the DPSs its authority takes part in (as lead or participant); any other answers 404. `versionNumber` counts the offer's versions; the ETag header carries the version to send back as If-Match.");

        offers.MapPut("{offerId:guid}", async (Guid offerId, ReviseOfferRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new ReviseOffer(
                    offerId,
                    body.ProgrammeName,
                    body.Description,
                    body.ClientGroups,
                    body.DeliveryLocations.ToDomain(),
                    body.ExpectedOutcomes,
                    body.ExpectedJobOutcomePercentage,
                    body.PricePerParticipant?.ToDomain(),
                    body.Capacity,
                    EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ReviseOffer")
            .WithSummary("Revise your offer (a new version)")
            .WithDescription("Only the offer's supplier; another's answers 404. The revision becomes the next version; earlier versions stay readable under `/versions`. Send the ETag you read as If-Match; a stale version is refused with 412. A withdrawn offer no longer changes (409, rule `WithdrawnOfferMustNotChange`). Only an active member of the offer's category revises it: while the supplier's membership there is suspended, or after it ended, a revision is refused (409, rule `OffersComeOnlyFromActiveMembers`). The programme and generic-offer rules apply as on submission (409, 422).")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

        offers.MapPost("{offerId:guid}/withdraw", async (Guid offerId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new WithdrawOffer(offerId, EntityTags.IfMatch(http.Request)), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("WithdrawOffer")
            .WithSummary("Withdraw your offer")
            .WithDescription("Only the offer's supplier; another's answers 404. The offer stays readable with its versions but no longer changes; withdrawing it again is a 409 (rule `WithdrawnOfferMustNotChange`). If-Match is optional; a stale version is refused with 412.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412);

        offers.MapList<OfferVersionResponse>("{offerId:guid}/versions", "ListOfferVersions", Readers, (Guid offerId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListOfferVersions(offerId, page, pageSize))
            .WithSummary("List an offer's versions")
            .WithDescription("Pages through every version of the offer, version 1 first; `isCurrent` marks the current one. A supplier reads only its own offers, and a buyer only those of the DPSs its authority takes part in; any other answers 404.")
            .ProducesProblems(404);

        offers.MapGet("{offerId:guid}/versions/{number:int}", async (Guid offerId, int number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOfferVersion(offerId, number), ct)))
            .RequireRoles(Readers)
            .WithName("GetOfferVersion")
            .WithSummary("Get one version of an offer")
            .WithDescription("The offer as it stood in version `number` (1 is as first submitted). A supplier reads only its own offers, and a buyer only those of the DPSs its authority takes part in; any other answers 404.")
            .ProducesProblems(404);
    }
}
