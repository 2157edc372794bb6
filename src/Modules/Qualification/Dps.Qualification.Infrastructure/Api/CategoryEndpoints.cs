using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Categories;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class CategoryEndpoints
{
    public sealed record CategoryRequest(string Name, string? Description);

    public static void Map(IEndpointRouteBuilder api)
    {
        var categories = api.MapGroup("/dps/{dpsId:guid}/categories").WithTags("Categories");

        categories.MapPost("", async (Guid dpsId, CategoryRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = await mediator.Send(new AddCategory(dpsId, body.Name, body.Description), ct);
                return VersionedResults.CreatedAt(http, "GetCategory", new { dpsId, categoryId = created.Id }, created);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("AddCategory")
            .WithSummary("Add a category to a DPS")
            .WithDescription("Names are unique within the DPS (ignoring case); a DPS past its validity takes no new category. The Catalogue opens the category's empty taxonomy when it learns of it.")
            .Produces<CategoryResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409);

        categories.MapGet("", async (Guid dpsId, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                TypedResults.Ok(await mediator.Send(new ListCategories(dpsId, page, pageSize), ct)))
            .RequireRoles(DpsRoles.All)
            .WithName("ListCategories")
            .WithSummary("List a DPS's categories")
            .ProducesProblems(400, 404);

        categories.MapGet("{categoryId:guid}", async (Guid dpsId, Guid categoryId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetCategory(dpsId, categoryId), ct)))
            .RequireRoles(DpsRoles.All)
            .WithName("GetCategory")
            .WithSummary("Get a category")
            .ProducesProblems(404);

        categories.MapPut("{categoryId:guid}", async (Guid dpsId, Guid categoryId, CategoryRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new UpdateCategory(dpsId, categoryId, body.Name, body.Description, EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("UpdateCategory")
            .WithSummary("Rename a category or change its description")
            .WithDescription("Send the ETag you read as If-Match; a stale version is refused with 412.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412);
    }
}
