namespace Dps.ContractManagement.Domain.Reviews;

/// <summary>
/// One review period of an establishment's performance: <paramref name="Months"/> long (6 or 12 by configuration),
/// periods counted from 1 January, so a 6-monthly review covers January–June or July–December.
/// </summary>
public sealed record ReviewPeriod(DateOnly Start, int Months)
{
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>Whether the period starts where the scheme's periods start: the 1st of a month a whole number of periods after January.</summary>
    public bool IsAligned => Start.Day == 1 && (Start.Month - 1) % Months == 0;
}
