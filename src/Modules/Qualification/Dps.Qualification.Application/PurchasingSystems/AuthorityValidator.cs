using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;

namespace Dps.Qualification.Application.PurchasingSystems;

internal sealed class AuthorityValidator : AbstractValidator<Authority>
{
    public const int MaxNameLength = 200;

    public static readonly AuthorityValidator Instance = new();

    private AuthorityValidator()
    {
        RuleFor(a => a.Id).NotEmpty();
        RuleFor(a => a.Name).NotEmpty().MaximumLength(MaxNameLength);
    }
}

internal static class AuthorityRules
{
    public static void MustBeParticipatingAuthorities<T>(this IRuleBuilder<T, IReadOnlyList<Authority>> rule) =>
        rule.NotEmpty().ForEach(a => a.NotNull().SetValidator(AuthorityValidator.Instance));
}
