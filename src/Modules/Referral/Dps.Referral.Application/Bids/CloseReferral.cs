using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;
using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Referrals;
using Dps.Referral.IntegrationEvents;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// Closes a published referral whose deadline has passed, as the platform clock tells it (sent by the closing
/// service, as the system): its bids freeze, and the closed competition goes to Evaluation in one event. True if
/// this call closed it; false if it was not due, already closed, or another process holds it (it is closing it, or a
/// bid is being written, and the next round tries again).
/// </summary>
public sealed record CloseReferral(Guid ReferralId) : ICommand<bool>;

internal sealed class CloseReferralValidator : AbstractValidator<CloseReferral>
{
    public CloseReferralValidator() => RuleFor(c => c.ReferralId).NotEmpty();
}

internal sealed class CloseReferralHandler(IReferralDb db, IMediator mediator, IBidSeal seal, TimeProvider clock)
    : IRequestHandler<CloseReferral, bool>
{
    public async Task<bool> Handle(CloseReferral command, CancellationToken cancellationToken)
    {
        var referral = await db.TryLockUnlessLockedAsync(ReferralId.From(command.ReferralId), cancellationToken);
        var now = clock.GetUtcNow();
        if (referral is null || !referral.CloseIfDue(now))
        {
            return false;
        }

        var bids = await db.Bids.AsNoTracking()
            .Where(b => b.ReferralId == referral.Id && b.Status == BidStatus.Submitted)
            .OrderBy(b => b.SubmittedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var distances = await db.Invitations.AsNoTracking()
            .Where(i => i.ReferralId == referral.Id)
            .ToDictionaryAsync(i => i.EstablishmentId, i => i.DistanceMiles, cancellationToken);
        var opened = new List<ClosedCompetitionBid>();
        foreach (var bid in bids)
        {
            var terms = await mediator.Send(new FindQualifiedTerms(bid.EstablishmentId, referral.CategoryId), cancellationToken);
            opened.Add(Opened(bid, seal.Open(bid.Id, bid.SealedContent), distances[bid.EstablishmentId], terms?.CoreCompetencyScore));
        }

        db.AddToOutbox(Closed(referral, opened, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static CompetitionClosedIntegrationEvent Closed(ReferralCase referral, IReadOnlyList<ClosedCompetitionBid> bids, DateTimeOffset now)
    {
        var terms = referral.Terms;
        var weights = terms.Weights;
        return new CompetitionClosedIntegrationEvent(
            Guid.CreateVersion7(),
            now,
            referral.Id.Value,
            referral.DpsId,
            referral.CategoryId,
            referral.AuthorityId,
            terms.ServiceUserReference,
            terms.PriceBasis.ToString(),
            terms.GroupSize,
            terms.Places,
            terms.StartDate,
            terms.TermWeeks,
            new ClosedCompetitionWeights(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
            [.. terms.RequiredNeeds.Select(n => new ClosedCompetitionNeed(n.Code, n.Priority.ToString(), n.Mark))],
            [.. terms.DesiredFeatures.Select(f => new ClosedCompetitionFeature(f.Code, f.Mark))],
            new ClosedCompetitionHome(terms.Home.Postcode, terms.Home.Latitude, terms.Home.Longitude),
            referral.PublishedAt ?? now,
            referral.ResponseDeadline,
            now,
            bids);
    }

    private static ClosedCompetitionBid Opened(Bid bid, BidContent content, decimal distanceMiles, decimal? coreCompetencyScore)
    {
        var price = content.Price;
        Money MoneyOf(decimal amount) => new(amount, price.Currency);
        return new ClosedCompetitionBid(
            bid.Id.Value,
            bid.EstablishmentId,
            bid.SupplierId,
            MoneyOf(price.Total),
            MoneyOf(price.Core),
            MoneyOf(price.Variable),
            price.DiscountPercent,
            MoneyOf(price.Discount),
            [.. content.Offer.CoreCosts.Select(l => new ClosedCompetitionCostLine(l.LineCode, null, MoneyOf(l.Amount)))],
            [.. content.Offer.VariableCosts.Select(l => new ClosedCompetitionCostLine("VARIABLE", l.Description, MoneyOf(l.Amount)))],
            content.Offer.NeedsMet,
            content.Offer.FeaturesMet,
            content.Offer.MethodStatement,
            content.Offer.ProposedStartDate,
            distanceMiles,
            bid.SubmittedAt,
            bid.RevisedAt,
            bid.ReceiptDigest,
            coreCompetencyScore);
    }
}
