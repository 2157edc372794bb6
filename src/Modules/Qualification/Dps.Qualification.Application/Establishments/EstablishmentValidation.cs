using Dps.Qualification.Domain.Establishments;
using FluentValidation;

namespace Dps.Qualification.Application.Establishments;

/// <summary>What a supplier states about an establishment, when it adds it and when it updates it.</summary>
public interface IEstablishmentDetails
{
    string Name { get; }

    string Address { get; }

    string Postcode { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    string? OfstedUrn { get; }

    OfstedRating? OfstedRating { get; }

    int? Capacity { get; }
}

/// <summary>Included by the validators of <see cref="AddEstablishment"/> and <see cref="UpdateEstablishment"/>.</summary>
internal sealed class EstablishmentDetailsRules : AbstractValidator<IEstablishmentDetails>
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 500;
    public const int MaxPostcodeLength = 8;
    public const int MaxOfstedUrnLength = 8;
    public const int MaxOfstedRatingLength = 30;

    /// <summary>Outward code (area, district) and inward code (sector, unit), with or without the space; GIR 0AA too.</summary>
    private const string UkPostcode = "^(?:[A-Za-z]{1,2}[0-9][A-Za-z0-9]?|GIR|gir) ?[0-9][A-Za-z]{2}$";

    public static readonly EstablishmentDetailsRules Instance = new();

    private EstablishmentDetailsRules()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(e => e.Address).NotEmpty().MaximumLength(MaxAddressLength);
        RuleFor(e => e.Postcode).Cascade(CascadeMode.Stop).NotEmpty()
            .Matches(UkPostcode).WithMessage("'Postcode' must be a UK postcode, e.g. RH12 1AB.");
        RuleFor(e => e.Latitude).NotNull().InclusiveBetween(-90, 90);
        RuleFor(e => e.Longitude).NotNull().InclusiveBetween(-180, 180);
        RuleFor(e => e.OfstedUrn).Matches("^[0-9]{6,8}$").WithMessage("'Ofsted Urn' must be Ofsted's unique reference number: 6 to 8 digits.");
        RuleFor(e => e.OfstedRating).IsInEnum();
        RuleFor(e => e.Capacity).NotNull().GreaterThanOrEqualTo(0);
    }
}
