using System.ComponentModel;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Catalogue.Application.Search;

/// <summary>
/// Active listings of a category within a radius: all of the needs, any of the features, ordered by distance then name.
/// A buyer searches only the categories of its authority's DPSs; any other category answers 404.
/// </summary>
public sealed record SearchEstablishments(
    Guid? CategoryId,
    double? Latitude,
    double? Longitude,
    double? RadiusMiles,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Features,
    string? Q,
    int Page,
    int PageSize) : IQuery<Paged<EstablishmentSearchResult>>, IPagedQuery;

/// <param name="DistanceMiles">Great-circle distance from the searched point, rounded to 2 decimals.</param>
/// <param name="NeedsMet">The requested needs it meets (all of them).</param>
/// <param name="FeaturesOffered">The requested features it offers (at least one when features were requested).</param>
public sealed record EstablishmentSearchResult(
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("The establishment's name.")] string Name,
    [property: Description("Its UK postcode.")] string Postcode,
    [property: Description("Its latitude in decimal degrees.")] double Latitude,
    [property: Description("Its longitude in decimal degrees.")] double Longitude,
    [property: Description("The great-circle distance from the point searched, in miles, rounded to 2 decimals.")] double DistanceMiles,
    [property: Description("The requested needs it meets: all of them.")] IReadOnlyList<string> NeedsMet,
    [property: Description("The requested features it offers: at least one when features were requested.")] IReadOnlyList<string> FeaturesOffered,
    [property: Description("Its core competency score in the category (0–100).")] decimal Score,
    [property: Description("Places free now, as its supplier last stated.")] int Vacancies,
    [property: Description("How many service users (children, participants) it can take.")] int Capacity);

internal sealed class SearchEstablishmentsValidator : AbstractValidator<SearchEstablishments>
{
    private const int MaxCodes = 50;

    public SearchEstablishmentsValidator(IOptions<CatalogueSearchOptions> options)
    {
        Include(PagingRules.Instance);
        var maxRadius = options.Value.MaxRadiusMiles;
        RuleFor(q => q.CategoryId).NotNull().NotEqual(Guid.Empty);
        RuleFor(q => q.Latitude).NotNull().InclusiveBetween(-90, 90).OverridePropertyName("lat");
        RuleFor(q => q.Longitude).NotNull().InclusiveBetween(-180, 180).OverridePropertyName("lon");
        RuleFor(q => q.RadiusMiles).NotNull().GreaterThan(0).LessThanOrEqualTo(maxRadius);
        RuleFor(q => q.Needs).Must(n => n.Count <= MaxCodes).WithMessage($"At most {MaxCodes} needs.");
        RuleFor(q => q.Features).Must(f => f.Count <= MaxCodes).WithMessage($"At most {MaxCodes} features.");
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class SearchEstablishmentsHandler(ICatalogueDb db, ICurrentActor actor, IEstablishmentSearch search)
    : IRequestHandler<SearchEstablishments, Paged<EstablishmentSearchResult>>
{
    public async Task<Paged<EstablishmentSearchResult>> Handle(SearchEstablishments query, CancellationToken cancellationToken)
    {
        var categoryId = query.CategoryId!.Value;
        var taxonomy = await db.Taxonomies.AsNoTracking()
            .Where(t => t.CategoryId == categoryId)
            .InDpssVisibleTo(actor, db, dpss => t => dpss.Contains(t.DpsId))
            .Select(t => new { t.Needs, t.Features })
            .SingleOrDefaultAsync(cancellationToken);
        if (taxonomy is null && actor.SeesOnlyOwnAuthority())
        {
            throw new NotFoundException("Category", categoryId);
        }

        var needs = Canonical(query.Needs, taxonomy?.Needs.Select(n => n.Code));
        var features = Canonical(query.Features, taxonomy?.Features.Select(f => f.Code));
        var criteria = new SearchCriteria(
            categoryId,
            query.Latitude!.Value,
            query.Longitude!.Value,
            query.RadiusMiles!.Value,
            needs,
            features,
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            (query.Page - 1) * query.PageSize,
            query.PageSize);
        var (items, total) = await search.SearchAsync(criteria, cancellationToken);
        return new Paged<EstablishmentSearchResult>(items, query.Page, query.PageSize, total);
    }

    /// <summary>Requested codes in the taxonomy's spelling (codes are unique ignoring case); unknown codes stay as given.</summary>
    private static List<string> Canonical(IReadOnlyList<string> requested, IEnumerable<string>? taxonomyCodes)
    {
        var known = (taxonomyCodes ?? []).ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
        return [.. requested.Select(code => known.GetValueOrDefault(code, code)).Distinct(StringComparer.Ordinal)];
    }
}
