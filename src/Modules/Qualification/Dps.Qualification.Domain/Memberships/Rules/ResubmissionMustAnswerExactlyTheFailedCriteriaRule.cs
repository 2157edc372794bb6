using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class ResubmissionMustAnswerExactlyTheFailedCriteriaRule(IReadOnlyList<string> failedCriteria, IReadOnlyList<string> answered) : IBusinessRule
{
    public string Message => $"Resubmit answers to the failed criteria only, each once: {string.Join(", ", failedCriteria)}.";

    public bool IsBroken() => !answered.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(failedCriteria.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
}
