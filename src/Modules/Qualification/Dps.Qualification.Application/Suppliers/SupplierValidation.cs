using Dps.Qualification.Domain.Suppliers;
using FluentValidation;

namespace Dps.Qualification.Application.Suppliers;

/// <summary>What a supplier states about its organisation, when it registers and when it updates.</summary>
public interface ISupplierDetails
{
    string Name { get; }

    string CompanyNumber { get; }

    bool? IsSme { get; }

    Contact Contact { get; }
}

/// <summary>Included by the validators of <see cref="RegisterSupplier"/> and <see cref="UpdateSupplier"/>.</summary>
internal sealed class SupplierDetailsRules : AbstractValidator<ISupplierDetails>
{
    public const int MaxNameLength = 200;
    public const int CompanyNumberLength = 8;

    public static readonly SupplierDetailsRules Instance = new();

    private SupplierDetailsRules()
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(s => s.CompanyNumber).Cascade(CascadeMode.Stop).NotEmpty()
            .Matches("^[A-Za-z0-9]{8}$").WithMessage("'Company Number' must be the 8 letters or digits Companies House gave, e.g. 01234567 or SC123456.");
        RuleFor(s => s.IsSme).NotNull();
        RuleFor(s => s.Contact).NotNull().SetValidator(ContactRules.Instance);
    }
}

internal sealed class ContactRules : AbstractValidator<Contact>
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 30;

    public static readonly ContactRules Instance = new();

    private ContactRules()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(MaxEmailLength).EmailAddress();
        RuleFor(c => c.Phone).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(MaxPhoneLength)
            .Matches(@"^\+?[0-9][0-9 ()-]{5,}[0-9]$").WithMessage("'Phone' must be a telephone number of digits, spaces, ( ) and -, optionally starting with +.");
    }
}
