using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Microsoft.Extensions.Options;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>The outcome measures configured for the scheme, and which of them, with whose expectation, a contract has.</summary>
public sealed class OutcomeMeasures(IOptions<ContractManagementOptions> options)
{
    /// <summary>The measures of a contract of <paramref name="kind"/> in <paramref name="categoryId"/>, in code order.</summary>
    public IReadOnlyList<OutcomeMeasure> For(Guid categoryId, ContractKind kind, FundingModel? fundingModel) =>
        [.. options.Value.OutcomeMeasures
            .Where(m => m.Value.AppliesTo == kind && (!m.Value.OnlyWithJobOutcomeFee || fundingModel?.JobOutcomeSharePercent > 0))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new OutcomeMeasure(m.Key, m.Value.Name, ExpectationOf(m.Value, categoryId), m.Value.ReportWithinWeeks))];

    public IReadOnlyList<OutcomeMeasure> For(Contract contract) => For(contract.CategoryId, contract.Kind, contract.Terms.FundingModel);

    private static OutcomeExpectation ExpectationOf(OutcomeMeasureOptions measure, Guid categoryId) =>
        measure.Categories.TryGetValue(categoryId.ToString(), out var own)
            ? new OutcomeExpectation(own.ExpectedMinPercent, own.ExpectedMaxPercent)
            : new OutcomeExpectation(measure.ExpectedMinPercent, measure.ExpectedMaxPercent);
}
