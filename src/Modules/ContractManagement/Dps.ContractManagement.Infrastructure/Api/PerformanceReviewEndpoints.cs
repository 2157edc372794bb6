using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Reviews;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class PerformanceReviewEndpoints
{
    /// <summary>
    /// A review of an establishment's performance in a category for the review period starting <c>periodStart</c>: the
    /// points added to (negative: taken from) its core competency score, and why.
    /// </summary>
    public sealed record PerformanceReviewRequest(
        Guid EstablishmentId,
        Guid CategoryId,
        [property: Description("The first day of the review period (a calendar date, Europe/London): 1 January or 1 July for 6-monthly reviews, 1 January for yearly ones; not after today.")] DateOnly PeriodStart,
        [property: Description("Points to add to the establishment's core competency score, negative to take away: −100 to 100, at most 2 decimals; 0 leaves the score as it is.")] decimal Adjustment,
        [property: Description("Why: 1 to 20 reasons, each at most 2,000 characters.")] IReadOnlyList<string> Reasons);

    private static readonly string[] Readers = [DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor];

    public static void Map(IEndpointRouteBuilder api)
    {
        var reviews = api.MapGroup("/performance-reviews").WithTags("Performance reviews");

        reviews.MapPost("", async (PerformanceReviewRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var review = await mediator.Send(new ReviewPerformance(body.EstablishmentId, body.CategoryId, body.PeriodStart, body.Adjustment, body.Reasons ?? []), ct);
                return VersionedResults.CreatedAt(http, "GetPerformanceReview", new { reviewId = review.Id }, review);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("ReviewPerformance")
            .WithSummary("Review an establishment's performance in a category")
            .WithDescription("The DPS manager reviews an establishment that holds a contract in the category (422, rule `ReviewedEstablishmentMustHoldAContract`) for one review period: 6 months from 1 January or 1 July (configuration `ContractManagement:ReviewPeriodMonths`, 6 or 12; 422, rule `ReviewPeriodMustBeASchemePeriod`), begun by today (422, rule `ReviewPeriodMustHaveStarted`), once (409, rule `OneReviewPerPeriod`). `adjustment` (−100 to 100, 2 decimals; 0 leaves the score as it is) moves the establishment's core competency score, with at least one reason; Qualification applies it to the membership (`PerformanceReviewedIntegrationEvent`), keeping the score within 0–100, and the Catalogue and new competitions use the new score.")
            .Produces<PerformanceReviewResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409, 422);

        reviews.MapList<PerformanceReviewResponse>("", "ListPerformanceReviews", Readers, (
                [Description("Only the reviews of this establishment.")] Guid? establishmentId,
                [Description("Only the reviews in this category.")] Guid? categoryId,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListPerformanceReviews(establishmentId, categoryId, page, pageSize))
            .WithSummary("List performance reviews")
            .WithDescription("Newest first. A supplier sees the reviews of its own establishments; the DPS manager and auditors see all.");

        reviews.MapGetVersioned<PerformanceReviewResponse>("{reviewId:guid}", "GetPerformanceReview", Readers, (Guid reviewId) => new GetPerformanceReview(reviewId))
            .WithSummary("Get a performance review")
            .WithDescription("For the reviewed supplier, the DPS manager and auditors; anyone else gets 404.");
    }
}
