using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Search;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/catalogue/establishments",
                async (
                    Guid? categoryId,
                    double? lat,
                    double? lon,
                    double? radiusMiles,
                    string? needs,
                    string? features,
                    string? q,
                    IMediator mediator,
                    CancellationToken ct,
                    int page = 1,
                    int pageSize = PagingDefaults.PageSize) =>
                    TypedResults.Ok(await mediator.Send(
                        new SearchEstablishments(categoryId, lat, lon, radiusMiles, Codes(needs), Codes(features), q, page, pageSize), ct)))
            .WithTags("Catalogue search")
            .RequireRoles(DpsRoles.Buyer, DpsRoles.Manager, DpsRoles.Auditor)
            .WithName("SearchEstablishments")
            .WithSummary("Search the active establishments of a category near a place")
            .WithDescription("Active (not suspended or removed) admitted establishments of the category within radiusMiles (great-circle, inclusive) of lat/lon, ordered by distance then name. needs=A,B keeps those meeting all of them; features=X,Y those offering any of them; q matches part of the name, ignoring case. Each result has its distance in miles (2 decimals), the requested needs and features it meets, its score and vacancies.")
            .ProducesProblems(400);

    private static string[] Codes(string? csv) =>
        csv is null ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
