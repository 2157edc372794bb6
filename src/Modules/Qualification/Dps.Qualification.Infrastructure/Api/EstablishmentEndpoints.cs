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
        string Name,
        string Address,
        string Postcode,
        double? Latitude,
        double? Longitude,
        string? OfstedUrn,
        OfstedRating? OfstedRating,
        int? Capacity);

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
