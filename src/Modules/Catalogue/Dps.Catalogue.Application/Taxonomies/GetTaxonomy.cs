using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Taxonomies;

/// <summary>A category's taxonomy: the current revision, or an earlier one that a referral was published with. A buyer reads only its authority's DPSs'.</summary>
public sealed record GetTaxonomy(Guid DpsId, Guid CategoryId, int? Revision = null) : IQuery<TaxonomyResponse>;

internal sealed class GetTaxonomyValidator : AbstractValidator<GetTaxonomy>
{
    public GetTaxonomyValidator() => RuleFor(q => q.Revision).GreaterThanOrEqualTo(1).When(q => q.Revision is not null);
}

internal sealed class GetTaxonomyHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<GetTaxonomy, TaxonomyResponse>
{
    public async Task<TaxonomyResponse> Handle(GetTaxonomy query, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.AsNoTracking()
            .InDpssVisibleTo(actor, db, dpss => t => dpss.Contains(t.DpsId))
            .GetAsync(query.DpsId, query.CategoryId, cancellationToken);
        var shown = taxonomy.AtRevision(query.Revision ?? taxonomy.Revision)
            ?? throw new NotFoundException($"Revision of the taxonomy of category {query.CategoryId}", query.Revision!.Value);
        return TaxonomyResponse.From(taxonomy, shown);
    }
}
