using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Application;

/// <summary>The numbers a scheme may vary, from configuration section "Qualification"; defaults as docs/domain.md documents them.</summary>
public sealed class QualificationScheme
{
    public const string Section = "Qualification";

    /// <summary>The currency core costs and caps are priced in.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>The core-cost lines a new category asks suppliers to price (SEN's 9 by default, from appsettings.json).</summary>
    public List<CoreCostLine> DefaultCoreCostLines { get; set; } = [];

    /// <summary>Working days after submission by which the manager must decide (England and Wales bank holidays excluded).</summary>
    public int DecisionWorkingDays { get; set; } = 10;

    /// <summary>Working days after submission the decision may be extended to, with a recorded justification.</summary>
    public int ExtendedDecisionWorkingDays { get; set; } = 15;

    /// <summary>Months between a member's audits (annual).</summary>
    public int AuditIntervalMonths { get; set; } = 12;
}
