using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Listings.Rules;
using Dps.Catalogue.Domain.Taxonomies;
using FluentValidation.Results;

namespace Dps.Catalogue.Application.Profiles;

/// <summary>
/// A profile's codes that are not in their category's current taxonomy, as 400 errors on the fields that name them.
/// (The listing checks the same rule, <see cref="ProfileCodesMustBeInTheTaxonomyRule"/>; this tells the client which field to correct.)
/// </summary>
internal static class UnknownTaxonomyCodes
{
    private static readonly string RuleName = BusinessRuleValidationException.NameOf(typeof(ProfileCodesMustBeInTheTaxonomyRule));

    public static IEnumerable<ValidationFailure> In(IReadOnlyList<CategoryProfileInput> categories, IReadOnlyDictionary<Guid, Taxonomy> taxonomies)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (taxonomies.GetValueOrDefault(categories[i].CategoryId) is not { } taxonomy)
            {
                continue;
            }

            var field = $"{nameof(SetEstablishmentProfile.Categories)}[{i}]";
            foreach (var failure in Unknown($"{field}.{nameof(CategoryProfileInput.Needs)}", "need", categories[i].Needs, taxonomy.Needs, taxonomy.Revision))
            {
                yield return failure;
            }

            foreach (var failure in Unknown($"{field}.{nameof(CategoryProfileInput.Features)}", "feature", categories[i].Features, taxonomy.Features, taxonomy.Revision))
            {
                yield return failure;
            }
        }
    }

    private static IEnumerable<ValidationFailure> Unknown(string field, string kind, IReadOnlyList<string> codes, IReadOnlyList<TaxonomyTerm> terms, int revision)
    {
        var rule = new ProfileCodesMustBeInTheTaxonomyRule(kind, codes, terms.Select(t => t.Code));
        return codes
            .Select((code, index) => (code, index))
            .Where(c => !rule.IsKnown(c.code))
            .Select(c => new ValidationFailure(
                $"{field}[{c.index}]", $"'{c.code}' is not a {kind} in revision {revision} of the category's taxonomy.") { ErrorCode = RuleName });
    }
}
