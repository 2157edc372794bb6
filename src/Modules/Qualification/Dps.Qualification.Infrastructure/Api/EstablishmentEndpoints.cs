using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Establishments;
using Dps.Qualification.Domain.Establishments;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class EstablishmentEndpoints
{
    public sealed record EstablishmentRequest(
        [property: Description("The establishment's name, up to 200 characters: a school, home or programme site.")] string Name,
        [property: Description("Its postal address, up to 500 characters.")] string Address,
        [property: Description("Its UK postcode, with or without the space, e.g. RH12 1AB.")] string Postcode,
        [property: Description("Its latitude in decimal degrees, −90 to 90 (required).")] double? Latitude,
        [property: Description("Its longitude in decimal degrees, −180 to 180 (required).")] double? Longitude,
        [property: Description("Ofsted's unique reference number for it (6 to 8 digits); null when Ofsted does not inspect it.")] string? OfstedUrn,
        [property: Description("Ofsted's overall judgement: `Outstanding`, `Good`, `RequiresImprovement` or `Inadequate`; null for none. A rating needs the URN.")] OfstedRating? OfstedRating,
        [property: Description("How many service users (children, participants) it can take, 0 or more (required).")] int? Capacity);

    private static readonly string[] Readers = [DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor];

    public static void Map(IEndpointRouteBuilder api)
    {
        var establishments = api.MapGroup("/suppliers/{supplierId:guid}/establishments").WithTags("Establishments");

        establishments.MapPost("", async (Guid supplierId, EstablishmentRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new AddEstablishment(
                    supplierId, body.Name, body.Address, body.Postcode, body.Latitude, body.Longitude, body.OfstedUrn, body.OfstedRating, body.Capacity);
                var added = await mediator.Send(command, ct);
                return VersionedResults.CreatedAt(http, "GetEstablishment", new { supplierId, establishmentId = added.Id }, added);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("AddEstablishment")
            .WithSummary("Add an establishment to your organisation")
            .WithDescription("A school, home or programme site; qualification is per establishment. Only the supplier itself, once registered; otherwise 404. An Ofsted rating needs the Ofsted URN.")
            .Produces<EstablishmentResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 422);

        establishments.MapList<EstablishmentResponse>("", "ListEstablishments", Readers, (Guid supplierId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListEstablishments(supplierId, page, pageSize))
            .WithSummary("List a supplier's establishments")
            .WithDescription("By name. A supplier lists only its own; another's answers 404.")
            .ProducesProblems(404);

        establishments.MapGetVersioned<EstablishmentResponse>("{establishmentId:guid}", "GetEstablishment", Readers, (Guid supplierId, Guid establishmentId) =>
                new GetEstablishment(supplierId, establishmentId))
            .WithSummary("Get an establishment")
            .WithDescription("A supplier reads only its own; another's answers 404. The ETag header carries the version to send back as If-Match.");

        establishments.MapPut("{establishmentId:guid}", async (Guid supplierId, Guid establishmentId, EstablishmentRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new UpdateEstablishment(
                    supplierId,
                    establishmentId,
                    body.Name,
                    body.Address,
                    body.Postcode,
                    body.Latitude,
                    body.Longitude,
                    body.OfstedUrn,
                    body.OfstedRating,
                    body.Capacity,
                    EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("UpdateEstablishment")
            .WithSummary("Update one of your establishments")
            .WithDescription("Only the supplier itself; another's answers 404. Send the ETag you read as If-Match; a stale version is refused with 412. An Ofsted rating needs the Ofsted URN.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);
    }
}
