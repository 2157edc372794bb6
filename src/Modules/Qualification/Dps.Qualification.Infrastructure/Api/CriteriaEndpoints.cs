using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Application.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class CriteriaEndpoints
{
    public sealed record CriteriaRequest(
        [property: Description("The criteria an establishment must pass; failing any one rejects its application to the category.")] IReadOnlyList<PassFailCriterion> PassFailCriteria,
        [property: Description("The weighted method statements, each scored 0–100 when evaluated; their weights sum to 100.")] IReadOnlyList<MethodStatement> MethodStatements,
        [property: Description("The insurance an establishment must hold, by kind and minimum cover.")] IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
        [property: Description("The fixed core-cost lines every applicant prices.")] IReadOnlyList<CoreCostLine> CoreCostLines,
        [property: Description("The most an establishment's core costs may total, in the scheme's currency (GBP): an application above it is refused on submission; null for no cap.")] Money? AffordabilityCap);

    public static void Map(IEndpointRouteBuilder api)
    {
        var criteria = api.MapGroup("/dps/{dpsId:guid}/categories/{categoryId:guid}/criteria").WithTags("Categories");

        criteria.MapGetVersioned<CriteriaResponse>("", "GetCategoryCriteria", DpsRoles.All, (Guid dpsId, Guid categoryId) =>
                new GetCategoryCriteria(dpsId, categoryId))
            .WithSummary("Get a category's criteria")
            .WithDescription("Pass/fail criteria, weighted method statements, insurance levels, the core-cost lines to price and the affordability cap. Suppliers answer these when they apply. A buyer reads only the criteria of a DPS its authority takes part in (as lead or participant); any other DPS answers 404.");

        criteria.MapPut("", async (Guid dpsId, Guid categoryId, CriteriaRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new SetCategoryCriteria(
                    dpsId,
                    categoryId,
                    body.PassFailCriteria.ToDomain(),
                    body.MethodStatements.ToDomain(),
                    body.InsuranceRequirements.ToDomain(),
                    body.CoreCostLines.ToDomain(),
                    body.AffordabilityCap?.ToDomain(),
                    EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("SetCategoryCriteria")
            .WithSummary("Set a category's criteria")
            .WithDescription("Replaces the criteria as a whole. Method statement weights must sum to 100; codes are unique within the category; the cap is in the scheme's currency. Send the category's ETag as If-Match.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 412, 422);
    }
}
