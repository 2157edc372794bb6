using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapList<EstablishmentSearchResult>("/catalogue/establishments", "SearchEstablishments", [DpsRoles.Buyer, DpsRoles.Manager, DpsRoles.Auditor], (
                [Description("The category searched (required).")] Guid? categoryId,
                [Description("Latitude of the place searched from, e.g. 51.0629 for Horsham (RH12 1AB).")] double? lat,
                [Description("Longitude of the place searched from, e.g. -0.3259.")] double? lon,
                [Description("How far from the place, in miles; a listing exactly this far is found. At most the setting Catalogue:Search:MaxRadiusMiles (500 by default).")] double? radiusMiles,
                [Description("Need codes of the category's taxonomy, comma-separated: every one must be met.")] string? needs,
                [Description("Feature codes of the category's taxonomy, comma-separated: at least one must be offered.")] string? features,
                [Description("Part of the establishment's name, ignoring case.")] string? q,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new SearchEstablishments(categoryId, lat, lon, radiusMiles, Codes(needs), Codes(features), q, page, pageSize))
            .WithTags("Catalogue search")
            .WithSummary("Search the active establishments of a category near a place")
            .WithDescription("Active (not suspended or removed) admitted establishments of the category within radiusMiles (great-circle, inclusive) of lat/lon, ordered by distance then name. needs=A,B keeps those meeting all of them; features=X,Y those offering any of them; q matches part of the name, ignoring case. Each result has its distance in miles (2 decimals), the requested needs and features it meets, its score and vacancies.");

    private static string[] Codes(string? csv) =>
        csv is null ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
