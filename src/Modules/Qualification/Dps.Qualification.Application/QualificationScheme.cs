using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Application;

/// <summary>The numbers a scheme may vary, from configuration section "Qualification"; defaults as DOMAIN.md documents them.</summary>
public sealed class QualificationScheme
{
    public const string Section = "Qualification";

    /// <summary>The currency core costs and caps are priced in.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>The time zone whose dates validity periods and deadlines are in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>The core-cost lines a new category asks suppliers to price (SEN's 9 by default, from appsettings.json).</summary>
    public List<CoreCostLine> DefaultCoreCostLines { get; set; } = [];

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
