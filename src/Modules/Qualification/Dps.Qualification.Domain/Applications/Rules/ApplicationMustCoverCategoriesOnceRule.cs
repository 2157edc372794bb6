using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class ApplicationMustCoverCategoriesOnceRule(IReadOnlyList<Guid> categoryIds) : IBusinessRule
{
    public string Message => "An application names each of its categories once, and at least one.";

    public bool IsBroken() => categoryIds.Count == 0 || categoryIds.Distinct().Count() != categoryIds.Count;
}
