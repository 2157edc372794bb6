using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Domain.Reviews;
using Dps.ContractManagement.IntegrationEvents;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.ContractManagement.Application.Reviews;

/// <summary>
/// The DPS manager reviews an establishment's performance in a category for one review period, adjusting its core
/// competency score up or down with reasons; Qualification applies the adjustment to the membership.
/// </summary>
public sealed record ReviewPerformance(Guid EstablishmentId, Guid CategoryId, DateOnly PeriodStart, decimal Adjustment, IReadOnlyList<string> Reasons)
    : ICommand<PerformanceReviewResponse>;

internal sealed class ReviewPerformanceValidator : AbstractValidator<ReviewPerformance>
{
    public ReviewPerformanceValidator()
    {
        RuleFor(c => c.EstablishmentId).NotEmpty();
        RuleFor(c => c.CategoryId).NotEmpty();
        RuleFor(c => c.Adjustment).InclusiveBetween(-100m, 100m).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Reasons).NotEmpty().Must(r => r.Count <= 20).WithMessage("'Reasons' must hold at most 20 reasons.");
        RuleForEach(c => c.Reasons).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ReviewPerformanceHandler(IContractManagementDb db, ICurrentActor actor, SchemeClock clock, IOptions<ContractManagementOptions> options)
    : IRequestHandler<ReviewPerformance, PerformanceReviewResponse>
{
    public async Task<PerformanceReviewResponse> Handle(ReviewPerformance command, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking()
            .Where(c => c.EstablishmentId == command.EstablishmentId && c.CategoryId == command.CategoryId)
            .Select(c => new { c.DpsId, c.SupplierId })
            .FirstOrDefaultAsync(cancellationToken);
        var period = new ReviewPeriod(command.PeriodStart, options.Value.ReviewPeriodMonths);
        var alreadyReviewed = await db.PerformanceReviews.AnyAsync(
            r => r.EstablishmentId == command.EstablishmentId && r.CategoryId == command.CategoryId && r.PeriodStart == command.PeriodStart, cancellationToken);
        var now = clock.UtcNow;
        var reasons = command.Reasons.Select(r => r.Trim()).ToList();
        var review = PerformanceReview.Record(
            contract?.DpsId ?? Guid.Empty, command.CategoryId, contract?.SupplierId ?? Guid.Empty, command.EstablishmentId,
            contract is not null, alreadyReviewed, period, clock.Today, command.Adjustment, reasons, actor.Id, now);
        db.PerformanceReviews.Add(review);
        db.AddToOutbox(new PerformanceReviewedIntegrationEvent(
            Guid.NewGuid(), now, review.Id.Value, review.CategoryId, review.EstablishmentId, review.PeriodStart, review.PeriodEnd, review.Adjustment, reasons, actor.Id));
        await db.SaveChangesAsync(cancellationToken);
        return PerformanceReviewResponse.From(review);
    }
}
