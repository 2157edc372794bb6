using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Taxonomies;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class TaxonomyEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/dps/{dpsId:guid}/categories/{categoryId:guid}/taxonomy",
                async (Guid dpsId, Guid categoryId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                    VersionedResults.Ok(http, await mediator.Send(new GetTaxonomy(dpsId, categoryId), ct)))
            .WithTags("Taxonomy")
            .RequireRoles(DpsRoles.All)
            .WithName("GetTaxonomy")
            .WithSummary("Get a category's taxonomy of needs and features")
            .WithDescription("Opened by the Catalogue when it learns that the category was added (through Qualification's outbox), so it may answer 404 for a moment after the category is created.")
            .ProducesProblems(404);
}
