using System.ComponentModel;
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
    public sealed record CategoryRequest(
        [property: Description("The category's name, up to 200 characters, unique within the DPS ignoring case, e.g. SEN.")] string Name,
        [property: Description("What the category covers, up to 2,000 characters; null for none.")] string? Description);

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

        categories.MapList<CategoryResponse>("", "ListCategories", DpsRoles.All, (Guid dpsId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListCategories(dpsId, page, pageSize))
            .WithSummary("List a DPS's categories")
            .WithDescription("A buyer reads only the categories of a DPS its authority takes part in (as lead or participant); any other DPS answers 404.")
            .ProducesProblems(404);

        categories.MapGetVersioned<CategoryResponse>("{categoryId:guid}", "GetCategory", DpsRoles.All, (Guid dpsId, Guid categoryId) =>
                new GetCategory(dpsId, categoryId))
            .WithSummary("Get a category")
            .WithDescription("A buyer reads only the categories of a DPS its authority takes part in (as lead or participant); any other DPS answers 404.");

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
