using FluentValidation;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>The platform's anonymised service-user reference, as Referral validates it.</summary>
internal static class ServiceUserReferenceRules
{
    /// <summary>2–6 capital letters, a hyphen and 4–12 digits (e.g. <c>KCC-20261234</c>): a case number, never a name.</summary>
    public const string Pattern = "^[A-Z]{2,6}-[0-9]{4,12}$";

    public static IRuleBuilderOptions<T, string> ServiceUserReference<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches(Pattern)
            .WithMessage("The service-user reference is anonymised: 2–6 capital letters, a hyphen and 4–12 digits (e.g. KCC-20261234), never a name.");
}
