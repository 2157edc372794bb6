namespace Dps.ContractManagement.Application;

/// <summary>Configuration section <c>ContractManagement</c>, with the documented defaults: performance reviewed 6-monthly.</summary>
public sealed class ContractManagementOptions
{
    public const string Section = "ContractManagement";

    /// <summary>How long a performance review period is: 6 (January–June, July–December) or 12 (the calendar year).</summary>
    public int ReviewPeriodMonths { get; set; } = 6;
}
