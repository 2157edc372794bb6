using System.ComponentModel;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Publications;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class PublicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/publications/awards", async (
                [Description("The quarter whose awards are published, as `YYYY-Qn`, e.g. `2027-Q1` (awards made from 1 January to 31 March, UTC).")] string? quarter,
                [Description("`ocds` (default): an OCDS 1.1 release package; `csv`: one row per award.")] string? format,
                IMediator mediator,
                CancellationToken ct) =>
            {
                var publication = await mediator.Send(new PublishAwards(quarter, format), ct);
                return Results.Text(publication.Body, publication.ContentType);
            })
            .AllowAnonymous()
            .WithTags("Publications")
            .WithName("PublishAwards")
            .WithSummary("Publish a quarter's awards (OCDS 1.1 or CSV)")
            .WithDescription("Every award under the DPS made in the quarter — competitions, DWP offer matches and direct placements (with the scheme's reason and the buyer's justification) — as the regulations require them published. `format=ocds` answers an OCDS 1.1 release package (`application/json`) that validates against the release-package and release schemas: one release per award, the buying authority, the supplier (with its SME scale) and the DPS as parties, the award's value per unit, the contract period, and the DPS as the technique (`tender.techniques.hasDynamicPurchasingSystem`); a quarter without awards is 404, as a package holds at least one release. `format=csv` answers the same facts, one row per award (`text/csv`; a header only when there were none). No service user is ever named or referenced. Publisher and OCID prefix: configuration `Publications`.\n\n**Roles:** anyone, no token")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblems(400, 404);
    }
}
