namespace Dps.BuildingBlocks.Infrastructure.Time;

/// <summary>Where and on which calendar the scheme runs, from configuration section "Scheme".</summary>
public sealed class SchemeCalendarSettings
{
    public const string Section = "Scheme";

    /// <summary>The time zone whose dates validity periods and deadlines are in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>A bank-holiday file (GOV.UK's one-division shape); empty for the England and Wales calendar shipped with the platform.</summary>
    public string? BankHolidaysFile { get; set; }
}
