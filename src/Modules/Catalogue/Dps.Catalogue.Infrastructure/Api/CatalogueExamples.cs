using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Contracts;
using Dps.Catalogue.Application.FundingModels;
using Dps.Catalogue.Application.Offers;
using Dps.Catalogue.Application.Profiles;
using Dps.Catalogue.Application.Search;
using Dps.Catalogue.Application.Taxonomies;
using ListingStatus = Dps.Catalogue.Domain.Listings.ListingStatus;
using OfferStatus = Dps.Catalogue.Domain.Offers.OfferStatus;

namespace Dps.Catalogue.Infrastructure.Api;

/// <summary>The OpenAPI examples of the Catalogue's requests and responses: SET's SEN taxonomy and profiles, DWP's offers and funding models.</summary>
internal sealed class CatalogueExamples : ApiExamples
{
    private const string Programme = "Engage Manchester";
    private const string Description = "Weekly one-to-one coaching and group workshops for claimants furthest from work.";
    private const string Outcomes = "Three in four participants start a routeway 2 programme within 12 weeks.";
    private static readonly DateTimeOffset At = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly DeliveryLocation Location = new("Manchester Piccadilly hub", "M1 2BN", 53.4794, -2.2453);
    private static readonly Money Price = new(1_200m, "GBP");
    private static readonly TaxonomyTerm Asd = new("ASD", "Autism spectrum condition", 10m);
    private static readonly TaxonomyTerm Halal = new("HALAL", "Halal diet", 2m);

    public CatalogueExamples()
    {
        Add(new TaxonomyEndpoints.TaxonomyRequest([Asd], [Halal]));
        Add(new TaxonomyResponse(ExampleIds.Category, ExampleIds.Dps, "SEN", 1, 1, [Asd], [Halal], null, 1));
        Add(new ProfileEndpoints.ProfileRequest([new CategoryProfileInput(ExampleIds.Category, ["ASD"], ["HALAL"], 2, null)]));
        Add(new EstablishmentProfileResponse(
            ExampleIds.Establishment,
            ExampleIds.Downsview,
            "Downsview School",
            "BN1 6SB",
            50.8447,
            -0.1317,
            [new CategoryProfileResponse(ExampleIds.Category, ExampleIds.Dps, "SEN", 1, ListingStatus.Active, ["ASD"], ["HALAL"], 4, 60, 82m, 2)]));
        Add(new EstablishmentSearchResult(
            ExampleIds.Establishment, ExampleIds.Downsview, "Downsview School", "BN1 6SB", 50.8447, -0.1317, 17.3, ["ASD"], ["HALAL"], 82m, 4, 60));
        AddOffers();
        AddFundingModels();
    }

    private void AddOffers()
    {
        Add(new OfferEndpoints.SubmitOffer(ExampleIds.Dps, ExampleIds.Category, Programme, Description, ["Long-term unemployed"], [Location], Outcomes, 40m, Price, 120));
        Add(new OfferEndpoints.ReviseOfferRequest(Programme, Description, ["Long-term unemployed", "Over 50"], [Location], Outcomes, 45m, Price, 150));
        Add(new OfferResponse(
            ExampleIds.Offer,
            ExampleIds.DwpProvider,
            ExampleIds.Dps,
            ExampleIds.Category,
            Programme,
            Description,
            ["Long-term unemployed"],
            [Location],
            Outcomes,
            40m,
            Price,
            120,
            1,
            OfferStatus.Active,
            At,
            At,
            null,
            1));
        Add(new OfferVersionResponse(ExampleIds.Offer, 1, Programme, Description, ["Long-term unemployed"], [Location], Outcomes, 40m, Price, 120, true, At));
    }

    private void AddFundingModels()
    {
        var shares = new FundingShares(20m, 30m, 50m);
        Add(new FundingModelEndpoints.DefineFundingModel(ExampleIds.Dps, null, "R2", shares, new JobOutcomeTerms(4, 13)));
        Add(new FundingModelEndpoints.ChangeFundingModelRequest(shares, new JobOutcomeTerms(6, 26)));
        Add(new FundingModelResponse(ExampleIds.FundingModel, ExampleIds.Dps, null, "R2", shares, new JobOutcomeDefinition(4, 13), At, At, 1));
    }
}
