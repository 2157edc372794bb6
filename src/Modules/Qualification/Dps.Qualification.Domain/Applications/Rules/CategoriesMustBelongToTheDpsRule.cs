using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class CategoriesMustBelongToTheDpsRule(IReadOnlyList<Guid> requested, IReadOnlyCollection<Guid> categoriesOfDps) : IBusinessRule
{
    private IEnumerable<Guid> Unknown => requested.Except(categoriesOfDps);

    public string Message => $"Not categories of this DPS: {string.Join(", ", Unknown)}.";

    public bool IsBroken() => Unknown.Any();
}
