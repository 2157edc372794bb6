using System.ComponentModel;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Profiles;

/// <summary>What the establishment offers in one category: codes from that category's current taxonomy, and vacancies now.</summary>
public sealed record CategoryProfileInput(
    Guid CategoryId,
    [property: Description("Codes of the needs it can meet, from the category's current taxonomy (case is ignored), at most 500; they replace the current list.")] IReadOnlyList<string> Needs,
    [property: Description("Codes of the features it offers, from the category's current taxonomy (case is ignored), at most 500; they replace the current list.")] IReadOnlyList<string> Features,
    [property: Description("Places free now, from 0 to the establishment's capacity.")] int Vacancies,
    [property: Description("The version of this category's profile last read (optional); a stale one is a 412 and nothing is changed.")] uint? Version);

/// <summary>Replaces the profile in each category named; categories not named are unchanged.</summary>
public sealed record SetEstablishmentProfile(Guid EstablishmentId, IReadOnlyList<CategoryProfileInput> Categories) : ICommand<EstablishmentProfileResponse>;

internal sealed class SetEstablishmentProfileValidator : AbstractValidator<SetEstablishmentProfile>
{
    private const int MaxCodes = 500;

    public SetEstablishmentProfileValidator()
    {
        RuleFor(c => c.Categories).NotEmpty()
            .Must(categories => categories.Where(c => c is not null).Select(c => c.CategoryId).Distinct().Count() == categories.Count)
            .WithMessage("Name each category once.");
        RuleForEach(c => c.Categories).NotNull().ChildRules(category =>
        {
            category.RuleFor(c => c.CategoryId).NotEmpty();
            category.RuleFor(c => c.Needs).NotNull().Must(n => n.Count <= MaxCodes);
            category.RuleForEach(c => c.Needs).NotEmpty();
            category.RuleFor(c => c.Features).NotNull().Must(f => f.Count <= MaxCodes);
            category.RuleForEach(c => c.Features).NotEmpty();
            category.RuleFor(c => c.Vacancies).GreaterThanOrEqualTo(0);
        });
    }
}

internal sealed class SetEstablishmentProfileHandler(ICatalogueDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SetEstablishmentProfile, EstablishmentProfileResponse>
{
    public async Task<EstablishmentProfileResponse> Handle(SetEstablishmentProfile command, CancellationToken cancellationToken)
    {
        var listings = await db.Listings.GetProfileListingsAsync(actor, command.EstablishmentId, forChange: true, cancellationToken);
        var categoryIds = listings.Select(l => l.CategoryId).ToList();
        var taxonomies = await db.Taxonomies.AsNoTracking().Where(t => categoryIds.Contains(t.CategoryId)).ToDictionaryAsync(t => t.CategoryId, cancellationToken);
        if (UnknownTaxonomyCodes.In(command.Categories, taxonomies).ToList() is { Count: > 0 } unknown)
        {
            throw new ValidationException(unknown);
        }

        var now = clock.GetUtcNow();
        foreach (var input in command.Categories)
        {
            var listing = listings.SingleOrDefault(l => l.CategoryId == input.CategoryId)
                ?? throw new NotFoundException($"Listing of establishment {command.EstablishmentId} in category", input.CategoryId);
            var taxonomy = taxonomies.GetValueOrDefault(input.CategoryId)
                ?? throw new NotFoundException("Taxonomy of category", input.CategoryId);
            db.ExpectVersion(listing, input.Version);
            listing.DescribeProfile(
                input.Needs, input.Features, input.Vacancies, [.. taxonomy.Needs.Select(n => n.Code)], [.. taxonomy.Features.Select(f => f.Code)], now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return EstablishmentProfileResponse.From(listings, taxonomies);
    }
}
