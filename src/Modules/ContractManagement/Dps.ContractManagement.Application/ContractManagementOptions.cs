using Dps.ContractManagement.Application.Outcomes;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application;

/// <summary>
/// Configuration section <c>ContractManagement</c>, with the documented defaults: performance reviewed 6-monthly; the
/// outcome measures of DWP call-offs (100% of completers with an action plan; 30–60% job outcomes) and of SET placements
/// (the outcomes the referral named, with no expectation until the scheme sets one).
/// </summary>
public sealed class ContractManagementOptions
{
    public const string Section = "ContractManagement";

    /// <summary>How long a performance review period is: 6 (January–June, July–December) or 12 (the calendar year).</summary>
    public int ReviewPeriodMonths { get; set; } = 6;

    /// <summary>The outcome measures by code; configuration adds measures or changes these by their code.</summary>
    public Dictionary<string, OutcomeMeasureOptions> OutcomeMeasures { get; set; } = new(StringComparer.Ordinal)
    {
        ["ActionPlan"] = new()
        {
            Name = "Completers with an action plan", AppliesTo = ContractKind.CallOff, ExpectedMinPercent = 100m, ReportWithinWeeks = 4,
        },
        ["JobOutcome"] = new()
        {
            Name = "Job outcomes: in work 4 weeks within the 13-week tracking window",
            AppliesTo = ContractKind.CallOff,
            OnlyWithJobOutcomeFee = true,
            ExpectedMinPercent = 30m,
            ExpectedMaxPercent = 60m,
            ReportWithinWeeks = 13,
        },
        ["ReferralOutcomes"] = new()
        {
            Name = "Placements that met the outcomes their referral named", AppliesTo = ContractKind.IndividualPlacementAgreement, ReportWithinWeeks = 4,
        },
    };
}
