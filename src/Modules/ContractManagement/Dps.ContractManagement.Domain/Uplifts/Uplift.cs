using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Uplifts.Rules;

namespace Dps.ContractManagement.Domain.Uplifts;

/// <summary>
/// An annual fee uplift agreed centrally for a category: a percentage, from a date, on the named cost lines only. It is
/// applied to every active contract of the category running on that date that started before it; one per category and date.
/// </summary>
public sealed class Uplift : AggregateRoot
{
    private Uplift()
    {
    }

    public UpliftId Id { get; private set; }

    public Guid CategoryId { get; private set; }

    public IReadOnlyList<string> LineCodes { get; private set; } = [];

    public decimal Percent { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string Reason { get; private set; } = null!;

    /// <summary>How many contracts took it.</summary>
    public int ContractsUplifted { get; private set; }

    public string AgreedBy { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    /// <param name="alreadyAgreed">Whether the category already has an uplift from <paramref name="effectiveFrom"/>.</param>
    public static Uplift Agree(
        bool alreadyAgreed, Guid categoryId, IReadOnlyList<string> lineCodes, decimal percent, DateOnly effectiveFrom, string reason, string agreedBy, DateTimeOffset now)
    {
        CheckRule(new OneUpliftPerCategoryAndDateRule(alreadyAgreed));
        return new Uplift
        {
            Id = UpliftId.New(),
            CategoryId = categoryId,
            LineCodes = lineCodes,
            Percent = percent,
            EffectiveFrom = effectiveFrom,
            Reason = reason,
            AgreedBy = agreedBy,
            RecordedAt = now,
        };
    }

    /// <summary>Whether the contract takes this uplift: active, of the category, started before the date and running on it.</summary>
    public bool AppliesTo(Contract contract) =>
        contract.Status == ContractStatus.Active
        && contract.CategoryId == CategoryId
        && contract.Terms.StartDate < EffectiveFrom
        && EffectiveFrom <= contract.Terms.EndDate;

    /// <summary>
    /// The contract's price from the date: each named line × (100 + percent) ÷ 100, to the penny (half away from zero);
    /// the price moves by exactly what its lines moved. Null when the contract has none of the named lines.
    /// </summary>
    public ContractPrice? PriceOf(ContractPrice current)
    {
        var named = LineCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!current.CostLines.Any(l => named.Contains(l.LineCode)))
        {
            return null;
        }

        var lines = current.CostLines
            .Select(l => named.Contains(l.LineCode)
                ? l with { Amount = new Money(Math.Round(l.Amount.Amount * (100m + Percent) / 100m, 2, MidpointRounding.AwayFromZero), l.Amount.Currency) }
                : l)
            .ToList();
        var moved = lines.Sum(l => l.Amount.Amount) - current.CostLines.Sum(l => l.Amount.Amount);
        return new ContractPrice(new Money(current.Price.Amount + moved, current.Price.Currency), lines, EffectiveFrom, Id.Value);
    }

    public void Applied(int contracts) => ContractsUplifted = contracts;
}
