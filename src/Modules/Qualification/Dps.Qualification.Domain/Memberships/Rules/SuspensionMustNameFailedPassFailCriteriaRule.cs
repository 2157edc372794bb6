using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class SuspensionMustNameFailedPassFailCriteriaRule(IReadOnlyList<string> failedCriteria, IReadOnlyList<string> passFailCriteria) : IBusinessRule
{
    private IEnumerable<string> Unknown => failedCriteria.Except(passFailCriteria, StringComparer.OrdinalIgnoreCase);

    public string Message => $"A suspension names at least one of the category's pass/fail criteria; not criteria of the category: {string.Join(", ", Unknown)}.";

    public bool IsBroken() => failedCriteria.Count == 0 || Unknown.Any();
}
