using System.Text.Json;

namespace Dps.BuildingBlocks.Domain.Calendar;

/// <summary>
/// Working-day calendars read from bank-holiday data in GOV.UK's shape:
/// <c>{ "division": "england-and-wales", "events": [ { "date": "2022-06-03", "title": "Platinum Jubilee bank holiday" } ] }</c>.
/// Other fields (e.g. <c>notes</c>, <c>bunting</c>) are ignored.
/// </summary>
public static class BankHolidayCalendarSource
{
    /// <summary>The England and Wales data shipped in this assembly, 2015 to 2030.</summary>
    public const string EnglandAndWalesResourceName = "Dps.BuildingBlocks.Domain.Calendar.england-and-wales-bank-holidays.json";

    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(LoadEnglandAndWales);

    /// <summary>England and Wales bank holidays, from the data embedded in this assembly.</summary>
    public static WorkingDayCalendar EnglandAndWales() => EnglandAndWalesCalendar.Value;

    /// <summary>A calendar from a bank-holiday file, so a deployment can configure its own.</summary>
    /// <exception cref="InvalidDataException">The file is not bank-holiday data in the expected shape.</exception>
    public static WorkingDayCalendar FromJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var stream = File.OpenRead(path);
        return FromJson(stream, path);
    }

    /// <summary>A calendar from bank-holiday JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The JSON is not bank-holiday data in the expected shape.</exception>
    public static WorkingDayCalendar FromJson(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);

        try
        {
            using var document = JsonDocument.Parse(json);
            return new WorkingDayCalendar(ReadEvents(document.RootElement, sourceName));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sourceName} is not valid JSON: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{sourceName} is not a usable bank-holiday calendar: {e.Message}", e);
        }
    }

    private static List<BankHoliday> ReadEvents(JsonElement root, string sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{sourceName} has no \"events\" array.");
        }

        var holidays = new List<BankHoliday>();
        var index = 0;
        foreach (var entry in events.EnumerateArray())
        {
            holidays.Add(ReadEvent(entry, $"{sourceName} events[{index}]"));
            index++;
        }

        return holidays;
    }

    private static BankHoliday ReadEvent(JsonElement entry, string where)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where} is not an object.");
        }

        var dateText = StringProperty(entry, "date", where);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var date))
        {
            throw new InvalidDataException($"{where} has date \"{dateText}\", which is not a yyyy-MM-dd date.");
        }

        return new BankHoliday(date, StringProperty(entry, "title", where));
    }

    private static string StringProperty(JsonElement entry, string name, string where) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new InvalidDataException($"{where} has no \"{name}\".");

    private static WorkingDayCalendar LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidayCalendarSource).Assembly.GetManifestResourceStream(EnglandAndWalesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EnglandAndWalesResourceName} is missing from the assembly.");
        return FromJson(stream, EnglandAndWalesResourceName);
    }
}
