using Dps.BuildingBlocks.Application.Time;
using Dps.BuildingBlocks.Domain.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dps.BuildingBlocks.Infrastructure.Time;

public static class SchemeClockRegistration
{
    /// <summary>One <see cref="SchemeClock"/> for every module, over the host's <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddSchemeClock(this IServiceCollection services)
    {
        services.AddOptions<SchemeCalendarSettings>()
            .BindConfiguration(SchemeCalendarSettings.Section)
            .Validate(settings => TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out _), "Scheme:TimeZone names no known time zone.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<SchemeCalendarSettings>>().Value;
            var calendar = settings.BankHolidaysFile is { Length: > 0 } file
                ? BankHolidayCalendarSource.FromJsonFile(file)
                : BankHolidayCalendarSource.EnglandAndWales();
            return new SchemeClock(
                provider.GetRequiredService<TimeProvider>(), TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone), calendar);
        });
        return services;
    }
}
