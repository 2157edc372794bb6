using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>Suppliers get at least the category's minimum response period, counted from publication.</summary>
internal sealed class ResponseDeadlineMustLeaveTheMinimumPeriodRule(DateTimeOffset deadline, DateTimeOffset now, ResponsePeriod period) : IBusinessRule
{
    public string Message =>
        $"The response deadline {deadline:u} leaves {Describe(deadline - now)} from now; this category needs at least {Describe(period.Minimum)}"
        + (period.Urgent ? " (it is marked urgent)." : ".");

    public bool IsBroken() => deadline - now < period.Minimum;

    private static string Describe(TimeSpan span) =>
        span <= TimeSpan.Zero ? "no time"
        : span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0 ? $"{span.TotalDays:0} days"
        : $"{span.TotalHours:0.##} hours";
}
