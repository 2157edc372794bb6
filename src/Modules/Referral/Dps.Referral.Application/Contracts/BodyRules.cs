using FluentValidation;

namespace Dps.Referral.Application.Contracts;

/// <summary>Rules shared by the bodies of Referral's commands.</summary>
internal static class BodyRules
{
    /// <summary>2–6 capital letters, a hyphen and 4–12 digits (e.g. <c>KCC-20261234</c>): a case number, never a name.</summary>
    public const string ReferencePattern = "^[A-Z]{2,6}-[0-9]{4,12}$";

    /// <summary>
    /// Validates the body a command carries with <paramref name="rules"/>, its fields named as the body names them
    /// (<c>serviceUserReference</c>, not <c>details.serviceUserReference</c>).
    /// </summary>
    public static void ValidatesBody<T, TBody>(this AbstractValidator<T> validator, Func<T, TBody> body, IValidator<TBody> rules) =>
        validator.RuleFor(c => body(c)).NotNull().OverridePropertyName("body").Custom((value, context) =>
        {
            if (value is null)
            {
                return;
            }

            foreach (var failure in rules.Validate(value).Errors)
            {
                context.AddFailure(failure);
            }
        });

    public static IRuleBuilderOptions<T, string> ServiceUserReference<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches(ReferencePattern)
            .WithMessage("The service-user reference is anonymised: 2–6 capital letters, a hyphen and 4–12 digits (e.g. KCC-20261234), never a name.");
}
