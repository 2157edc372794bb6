using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Evaluation.Application.Awards;
using FluentValidation;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// The supplier of the invited offer answers before its respond-by time: accepting is the award (the award event goes
/// to contract management, with the category's funding model); declining, with a reason, invites the next offer.
/// </summary>
public sealed record AnswerOfferInvitation(Guid ReferralId, Guid OfferId, bool Accept, string? Reason) : ICommand<OfferMatchesResponse>;

internal sealed class AnswerOfferInvitationValidator : AbstractValidator<AnswerOfferInvitation>
{
    public AnswerOfferInvitationValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => !c.Accept).WithMessage("A decline gives its reason.");
        RuleFor(c => c.Reason).MaximumLength(2000);
    }
}

internal sealed class AnswerOfferInvitationHandler(IEvaluationDb db, ICurrentActor actor, OfferMatchScoring scoring, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AnswerOfferInvitation, OfferMatchesResponse>
{
    public async Task<OfferMatchesResponse> Handle(AnswerOfferInvitation command, CancellationToken cancellationToken)
    {
        var match = await db.GetInvitedForUpdateAsync(actor, command.ReferralId, cancellationToken);
        var scored = await scoring.ScoreAsync(match, cancellationToken);
        var supplierId = actor.OwnSupplierId()!.Value;
        var now = clock.GetUtcNow();
        if (command.Accept)
        {
            var award = match.Accept(command.OfferId, supplierId, actor.Id, now);
            var fundingModel = await mediator.Send(new FindFundingModel(match.CategoryId), cancellationToken);
            db.AddToOutbox(AwardEvent.Of(match, scored.Offer(command.OfferId), scored.Offers.Count, award, fundingModel, now));
        }
        else
        {
            match.Decline(command.OfferId, supplierId, command.Reason!.Trim(), scored.Scores, scored.SupplierOfOffer, scoring.Options.OfferMinimumStandard, now, scoring.RespondBy(now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return OfferMatchesResponses.For(actor, scored, scoring.Options.OfferMinimumStandard);
    }
}
