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
        IReadOnlyList<PassFailCriterion> PassFailCriteria,
        IReadOnlyList<MethodStatement> MethodStatements,
        IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
        IReadOnlyList<CoreCostLine> CoreCostLines,
        Money? AffordabilityCap);

    public static void Map(IEndpointRouteBuilder api)
    {
        var criteria = api.MapGroup("/dps/{dpsId:guid}/categories/{categoryId:guid}/criteria").WithTags("Categories");

        criteria.MapGetVersioned<CriteriaResponse>("", "GetCategoryCriteria", DpsRoles.All, (Guid dpsId, Guid categoryId) =>
                new GetCategoryCriteria(dpsId, categoryId))
            .WithSummary("Get a category's criteria")
            .WithDescription("Pass/fail criteria, weighted method statements, insurance levels, the core-cost lines to price and the affordability cap. Suppliers answer these when they apply.");

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
