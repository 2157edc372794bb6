using System.Globalization;
using System.Text.RegularExpressions;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>A calendar quarter of awards, e.g. <c>2026-Q3</c>: the UTC instants from its first day to the next quarter's.</summary>
internal readonly partial record struct AwardQuarter(int Year, int Quarter)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2999;

    public const string FormatRule =
        "'quarter' must be a year and quarter as YYYY-Qn, with Q1 to Q4 and a year from 2000 to 2999 (e.g. 2026-Q3).";

    /// <summary>The first instant of the quarter, 00:00 UTC on its first day.</summary>
    public DateTimeOffset From => new(Year, ((Quarter - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first instant after the quarter (exclusive): 00:00 UTC on the next quarter's first day.</summary>
    public DateTimeOffset Until => From.AddMonths(3);

    /// <summary>Whether an instant falls within the quarter, [<see cref="From"/>, <see cref="Until"/>).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < Until;

    /// <summary>The quarter an instant falls in, by its UTC date.</summary>
    public static AwardQuarter Of(DateTimeOffset instant) => new(instant.UtcDateTime.Year, ((instant.UtcDateTime.Month - 1) / 3) + 1);

    public static bool TryParse(string? text, out AwardQuarter quarter)
    {
        quarter = default;
        if (text is null || Pattern().Match(text) is not { Success: true } match)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear)
        {
            return false;
        }

        quarter = new AwardQuarter(year, match.Groups["quarter"].Value[0] - '0');
        return true;
    }

    /// <exception cref="FormatException">The text is not a quarter as <c>YYYY-Qn</c>.</exception>
    public static AwardQuarter Parse(string? text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException(FormatRule);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");

    [GeneratedRegex(@"\A(?<year>[0-9]{4})-Q(?<quarter>[1-4])\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
