using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Application.Suppliers;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class SupplierEndpoints
{
    /// <summary>The body of <c>POST /suppliers</c>, named as the command it becomes.</summary>
    public sealed record RegisterSupplier(
        [property: Description("The organisation's name, up to 200 characters.")] string Name,
        [property: Description("Its Companies House number: 8 letters or digits, e.g. 01234567 or SC123456.")] string CompanyNumber,
        [property: Description("Whether it is a small or medium-sized enterprise (required); the benchmarks report the SMEs' share of awards.")] bool? IsSme,
        [property: Description("Who at the supplier the DPS manager and buyers should contact.")] Contact Contact)
    {
        public Application.Suppliers.RegisterSupplier ToCommand() => new(Name, CompanyNumber, IsSme, Contact?.ToDomain()!);
    }

    public sealed record UpdateSupplierRequest(
        [property: Description("The organisation's name, up to 200 characters.")] string Name,
        [property: Description("Its Companies House number: 8 letters or digits, e.g. 01234567 or SC123456.")] string CompanyNumber,
        [property: Description("Whether it is a small or medium-sized enterprise (required); the benchmarks report the SMEs' share of awards.")] bool? IsSme,
        [property: Description("Who at the supplier the DPS manager and buyers should contact.")] Contact Contact);

    private static readonly string[] Readers = [DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor];

    public static void Map(IEndpointRouteBuilder api)
    {
        var suppliers = api.MapGroup("/suppliers").WithTags("Suppliers");

        suppliers.MapPost("", async (RegisterSupplier command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var registered = await mediator.Send(command.ToCommand(), ct);
                return VersionedResults.CreatedAt(http, "GetSupplier", new { supplierId = registered.Id }, registered);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("RegisterSupplier")
            .WithSummary("Register your organisation")
            .WithDescription("A supplier registers its own organisation, once: its id is the `supplier_id` of the caller's token. Establishments are added under it.")
            .Produces<SupplierResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409);

        suppliers.MapList<SupplierResponse>("", "ListSuppliers", Readers, (
                [Description("Part of the supplier's name, ignoring case.")] string? search,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListSuppliers(search, page, pageSize))
            .WithSummary("List suppliers")
            .WithDescription("Pages through suppliers by name; `search` matches the name. A supplier sees only its own organisation.");

        suppliers.MapGetVersioned<SupplierResponse>("{supplierId:guid}", "GetSupplier", Readers, (Guid supplierId) => new GetSupplier(supplierId))
            .WithSummary("Get a supplier")
            .WithDescription("A supplier reads only its own organisation; another's answers 404. The ETag header carries the version to send back as If-Match.");

        suppliers.MapPut("{supplierId:guid}", async (Guid supplierId, UpdateSupplierRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new UpdateSupplier(supplierId, body.Name, body.CompanyNumber, body.IsSme, body.Contact?.ToDomain()!, EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("UpdateSupplier")
            .WithSummary("Update your organisation")
            .WithDescription("Only the supplier itself; another's answers 404. Send the ETag you read as If-Match; a stale version is refused with 412.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412);
    }
}
