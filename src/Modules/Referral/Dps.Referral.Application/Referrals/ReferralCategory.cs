using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Referrals;
using MediatR;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// The category a buyer raises a referral in, as Qualification (its DPS and participating authorities) and the
/// Catalogue (its taxonomy) answer for it now.
/// </summary>
internal sealed record ReferralCategory(PurchasingCategory Category, CategoryTaxonomy Taxonomy, Guid AuthorityId)
{
    public CategoryTerms Terms => new([.. Taxonomy.Needs.Select(n => n.Code)], [.. Taxonomy.Features.Select(f => f.Code)]);

    /// <summary>
    /// The buyer's category, if its authority takes part in the category's DPS; a buyer of any other authority is
    /// refused (403), since which categories exist is public.
    /// </summary>
    public static async Task<ReferralCategory> ForBuyerAsync(IMediator mediator, ICurrentActor actor, Guid categoryId, CancellationToken cancellationToken)
    {
        var authorityId = actor.OwnAuthorityId()
            ?? throw new ForbiddenException("Only a buyer's token, naming its authority_id, can raise a referral.");
        var category = await mediator.Send(new FindPurchasingCategory(categoryId), cancellationToken)
            ?? throw new NotFoundException("Category", categoryId);
        if (!category.AuthorityIds.Contains(authorityId))
        {
            throw new ForbiddenException("Your authority does not take part in the DPS of this category, so its buyers cannot buy in it.");
        }

        var taxonomy = await mediator.Send(new FindCategoryTaxonomy(categoryId), cancellationToken)
            ?? new CategoryTaxonomy(categoryId, category.DpsId, [], []);
        return new ReferralCategory(category, taxonomy, authorityId);
    }

    /// <summary>The referral as asked for, each need and feature in the taxonomy's spelling, with its mark or the taxonomy's default.</summary>
    public ReferralTerms TermsOf(ReferralDetails details) => new(
        details.ServiceUserReference,
        [.. details.RequiredNeeds.Select(n => new Domain.Referrals.RequiredNeed(CodeOf(Taxonomy.Needs, n.Code), n.Priority, MarkOf(Taxonomy.Needs, n.Code, n.Mark)))],
        [.. (details.DesiredFeatures ?? []).Select(f => new Domain.Referrals.DesiredFeature(CodeOf(Taxonomy.Features, f.Code), MarkOf(Taxonomy.Features, f.Code, f.Mark)))],
        details.DesiredOutcomes.Trim(),
        details.Home.ToDomain(),
        details.GeographicLimitMiles,
        details.StartDate,
        details.TermWeeks,
        details.PriceBasis,
        details.GroupSize ?? 1,
        details.Places ?? 1,
        details.ResponseDeadline.ToUniversalTime(),
        details.Weights?.ToDomain() ?? Domain.Referrals.EvaluationWeights.Default);

    private static string CodeOf(IReadOnlyList<TaxonomyMark> terms, string code) => TermOf(terms, code)?.Code ?? code;

    private static decimal MarkOf(IReadOnlyList<TaxonomyMark> terms, string code, decimal? chosen) => chosen ?? TermOf(terms, code)?.DefaultMark ?? 0;

    private static TaxonomyMark? TermOf(IReadOnlyList<TaxonomyMark> terms, string code) =>
        terms.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));
}
