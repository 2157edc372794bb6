using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Taxonomies;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.Taxonomies;

/// <summary>Replaces a category's needs and features as a whole, as a new revision (the taxonomy's ETag guards against overwriting a colleague's edit).</summary>
public sealed record SetTaxonomy(
    Guid DpsId,
    Guid CategoryId,
    IReadOnlyList<TaxonomyTerm> Needs,
    IReadOnlyList<TaxonomyTerm> Features,
    uint? ExpectedVersion) : ICommand<TaxonomyResponse>;

internal sealed class SetTaxonomyValidator : AbstractValidator<SetTaxonomy>
{
    public const int MaxCodeLength = 40;
    private const int MaxNameLength = 200;
    private const int MaxTerms = 500;

    public SetTaxonomyValidator()
    {
        RuleFor(c => c.Needs).NotNull().Must(t => t.Count <= MaxTerms).WithMessage($"At most {MaxTerms} needs.");
        RuleForEach(c => c.Needs).NotNull().ChildRules(Term);
        RuleFor(c => c.Features).NotNull().Must(t => t.Count <= MaxTerms).WithMessage($"At most {MaxTerms} features.");
        RuleForEach(c => c.Features).NotNull().ChildRules(Term);
    }

    private static void Term(InlineValidator<TaxonomyTerm> term)
    {
        term.RuleFor(t => t.Code).NotEmpty().MaximumLength(MaxCodeLength)
            .Matches("^[A-Za-z0-9_.-]+$").WithMessage("A code is letters, digits, '_', '-' or '.', without spaces or commas.");
        term.RuleFor(t => t.Name).NotEmpty().MaximumLength(MaxNameLength);
    }
}

internal sealed class SetTaxonomyHandler(ICatalogueDb db, TimeProvider clock) : IRequestHandler<SetTaxonomy, TaxonomyResponse>
{
    public async Task<TaxonomyResponse> Handle(SetTaxonomy command, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.GetAsync(command.DpsId, command.CategoryId, cancellationToken);
        db.ExpectVersion(taxonomy, command.ExpectedVersion);
        taxonomy.Replace(command.Needs, command.Features, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TaxonomyResponse.From(taxonomy);
    }
}
