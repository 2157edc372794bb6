using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Categories.Rules;

internal sealed class MethodStatementWeightsMustSumTo100Rule(IReadOnlyList<MethodStatement> methodStatements) : IBusinessRule
{
    public const int TotalWeight = 100;

    public string Message => $"The method statements' weights must sum to {TotalWeight}; they sum to {methodStatements.Sum(m => m.Weight)}.";

    public bool IsBroken() => methodStatements.Count > 0 && methodStatements.Sum(m => m.Weight) != TotalWeight;
}
