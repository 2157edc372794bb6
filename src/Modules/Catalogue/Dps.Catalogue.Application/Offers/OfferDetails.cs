using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using FluentValidation;

namespace Dps.Catalogue.Application.Offers;

/// <summary>What a supplier states about a programme, when it submits an offer and when it revises it.</summary>
public interface IOfferDetails
{
    string ProgrammeName { get; }

    string Description { get; }

    IReadOnlyList<string> ClientGroups { get; }

    IReadOnlyList<DeliveryLocation> DeliveryLocations { get; }

    string ExpectedOutcomes { get; }

    decimal? ExpectedJobOutcomePercentage { get; }

    Money? PricePerParticipant { get; }

    int Capacity { get; }
}

internal static class OfferDetailsExtensions
{
    public static OfferContent ToContent(this IOfferDetails details) => new(
        details.Description,
        details.ClientGroups,
        details.DeliveryLocations,
        details.ExpectedOutcomes,
        details.ExpectedJobOutcomePercentage,
        details.PricePerParticipant!,
        details.Capacity);
}

/// <summary>Included by the validators of <see cref="SubmitOffer"/> and <see cref="ReviseOffer"/>.</summary>
internal sealed class OfferDetailsRules : AbstractValidator<IOfferDetails>
{
    /// <summary>DWP pays in pounds sterling.</summary>
    public const string Currency = "GBP";

    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxListLength = 50;

    public static readonly OfferDetailsRules Instance = new();

    private OfferDetailsRules()
    {
        RuleFor(o => o.ProgrammeName).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(o => o.Description).NotEmpty().MaximumLength(MaxTextLength);
        RuleFor(o => o.ClientGroups).Cascade(CascadeMode.Stop).NotEmpty().Must(g => g.Count <= MaxListLength)
            .WithMessage($"'Client Groups' must have at most {MaxListLength} groups.");
        RuleForEach(o => o.ClientGroups).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(o => o.DeliveryLocations).Cascade(CascadeMode.Stop).NotEmpty().Must(l => l.Count <= MaxListLength)
            .WithMessage($"'Delivery Locations' must have at most {MaxListLength} locations.");
        RuleForEach(o => o.DeliveryLocations).NotNull().ChildRules(location =>
        {
            location.RuleFor(l => l.Name).NotEmpty().MaximumLength(MaxNameLength);
            location.RuleFor(l => l.Postcode).Cascade(CascadeMode.Stop).NotEmpty()
                .Matches(@"^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\s*$")
                .WithMessage("'Postcode' must be a UK postcode such as M1 1AE.");
            location.RuleFor(l => l.Latitude).InclusiveBetween(-90, 90);
            location.RuleFor(l => l.Longitude).InclusiveBetween(-180, 180);
        });
        RuleFor(o => o.ExpectedOutcomes).NotEmpty().MaximumLength(MaxTextLength);
        RuleFor(o => o.ExpectedJobOutcomePercentage).InclusiveBetween(0m, 100m);
        RuleFor(o => o.PricePerParticipant).Cascade(CascadeMode.Stop).NotNull().MustBeNonNegativeMoney();
        RuleFor(o => o.PricePerParticipant!.Currency).Equal(Currency)
            .WithMessage($"'Currency' must be {Currency}: offers are priced in pounds sterling.")
            .OverridePropertyName("PricePerParticipant.Currency")
            .When(o => o.PricePerParticipant?.Currency is { Length: 3 } currency && currency.All(char.IsAsciiLetterUpper));
        RuleFor(o => o.Capacity).GreaterThanOrEqualTo(1);
    }
}
