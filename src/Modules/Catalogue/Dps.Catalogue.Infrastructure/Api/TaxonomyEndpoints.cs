using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Contracts;
using Dps.Catalogue.Application.Taxonomies;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class TaxonomyEndpoints
{
    public sealed record TaxonomyRequest(
        [property: Description("The needs an establishment can meet in the category (therapies, educational needs, safeguarding …), at most 500; they replace the current ones.")] IReadOnlyList<TaxonomyTerm> Needs,
        [property: Description("The features an establishment can offer in the category (dietary requirements, languages …), at most 500; they replace the current ones.")] IReadOnlyList<TaxonomyTerm> Features);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGetVersioned<TaxonomyResponse>("/dps/{dpsId:guid}/categories/{categoryId:guid}/taxonomy", "GetTaxonomy", DpsRoles.All, (
                Guid dpsId,
                Guid categoryId,
                [Description("The revision to read, from 1; without it, the current revision. A revision that does not exist answers 404.")] int? revision) =>
                new GetTaxonomy(dpsId, categoryId, revision))
            .WithTags("Taxonomy")
            .WithSummary("Get a category's taxonomy of needs and features")
            .WithDescription("The current revision, or an earlier one with ?revision=N (a referral keeps the marks it was published with). Opened by the Catalogue when it learns that the category was added (through Qualification's outbox), so it may answer 404 for a moment after the category is created. A buyer reads only the taxonomies of the DPSs its authority takes part in (as lead or participant); any other answers 404.")
            .ProducesProblems(400);

        api.MapPut("/dps/{dpsId:guid}/categories/{categoryId:guid}/taxonomy",
                async (Guid dpsId, Guid categoryId, TaxonomyRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                    VersionedResults.Ok(http, await mediator.Send(
                        new SetTaxonomy(dpsId, categoryId, body.Needs.ToDomain(), body.Features.ToDomain(), EntityTags.IfMatch(http.Request)), ct)))
            .WithTags("Taxonomy")
            .RequireRoles(DpsRoles.Manager)
            .WithName("SetTaxonomy")
            .WithSummary("Replace a category's needs and features")
            .WithDescription("Replaces the needs and features (each a code, a name and a default mark of zero or more) as a whole and starts a new revision; earlier revisions stay readable. Codes are unique within the needs and within the features, ignoring case. Send the taxonomy's ETag as If-Match.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 412, 422);
    }
}
