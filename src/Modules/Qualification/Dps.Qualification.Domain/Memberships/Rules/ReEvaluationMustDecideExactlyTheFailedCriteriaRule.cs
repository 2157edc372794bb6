using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class ReEvaluationMustDecideExactlyTheFailedCriteriaRule(IReadOnlyList<string> failedCriteria, IReadOnlyList<string> decided) : IBusinessRule
{
    public string Message => $"Re-evaluate the failed criteria only, each once: {string.Join(", ", failedCriteria)}.";

    public bool IsBroken() => !decided.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(failedCriteria.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
}
