using FluentValidation;

namespace Dps.ContractManagement.Application.Publications;

internal static class AwardQuarterRules
{
    /// <summary>A quarter as <c>YYYY-Qn</c>; anything else is a 400 naming <c>quarter</c>.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAwardQuarter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => AwardQuarter.TryParse(text, out _)).WithMessage(AwardQuarter.FormatRule);
}
