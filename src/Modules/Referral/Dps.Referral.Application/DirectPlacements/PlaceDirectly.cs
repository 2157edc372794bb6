using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.IntegrationEvents.Requests;
using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.DirectPlacements;
using Dps.Referral.IntegrationEvents;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.DirectPlacements;

/// <summary>
/// A buyer awards a service without competition, for a reason from the scheme's list, to an active member of a category
/// of a DPS its authority takes part in; the award event hands it to ContractManagement.
/// </summary>
public sealed record PlaceDirectly(DirectPlacementDetails Details) : ICommand<DirectPlacementResponse>;

internal sealed class PlaceDirectlyValidator : AbstractValidator<PlaceDirectly>
{
    public PlaceDirectlyValidator(IOptions<DirectPlacementOptions> options) =>
        this.ValidatesBody(c => c.Details, new DirectPlacementDetailsValidator(options.Value.DirectPlacementReasons));
}

internal sealed class DirectPlacementDetailsValidator : AbstractValidator<DirectPlacementDetails>
{
    internal DirectPlacementDetailsValidator(IReadOnlyDictionary<string, string> reasons)
    {
        RuleFor(d => d.CategoryId).NotEmpty();
        RuleFor(d => d.EstablishmentId).NotEmpty();
        RuleFor(d => d.Reason).NotEmpty().Must(r => r is not null && reasons.ContainsKey(r))
            .WithMessage($"The reason must be one of the scheme's: {string.Join(", ", reasons.Keys.Order(StringComparer.Ordinal))}.");
        RuleFor(d => d.Justification).NotEmpty().MaximumLength(4000);
        RuleFor(d => d.ServiceUserReference).ServiceUserReference();
        RuleFor(d => d.Price).NotNull().ChildRules(price =>
        {
            price.RuleFor(m => m.Amount).GreaterThan(0).LessThan(100_000_000m);
            price.RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("'Currency' must be an ISO 4217 code such as GBP.");
        });
        RuleFor(d => d.PriceBasis).IsInEnum();
        RuleFor(d => d.StartDate).NotEmpty();
        RuleFor(d => d.TermWeeks).InclusiveBetween(1, 520);
        RuleFor(d => d.Places).InclusiveBetween(1, 500);
    }
}

internal sealed class PlaceDirectlyHandler(IReferralDb db, ICurrentActor actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<PlaceDirectly, DirectPlacementResponse>
{
    public async Task<DirectPlacementResponse> Handle(PlaceDirectly command, CancellationToken cancellationToken)
    {
        var details = command.Details;
        var category = await ReferralCategory.ForBuyerAsync(mediator, actor, details.CategoryId, cancellationToken);
        var member = await mediator.Send(new FindQualifiedTerms(details.EstablishmentId, details.CategoryId), cancellationToken)
            ?? throw new NotFoundException("Member establishment of the category", details.EstablishmentId);
        var fundingModel = await mediator.Send(new FindFundingModel(details.CategoryId), cancellationToken);
        var now = clock.GetUtcNow();
        var placement = DirectPlacement.Place(
            category.Category.DpsId,
            category.Category.CategoryId,
            category.AuthorityId,
            member.EstablishmentId,
            member.SupplierId,
            member.MembershipId,
            member.Standing,
            category.Category.Currency,
            new DirectPlacementTerms(
                details.Reason,
                details.Justification.Trim(),
                details.ServiceUserReference,
                details.Price.ToDomain(),
                details.PriceBasis,
                details.StartDate,
                details.TermWeeks,
                details.Places ?? 1),
            now);
        db.DirectPlacements.Add(placement);
        db.AddToOutbox(new ServiceAwardedIntegrationEvent(
            Guid.NewGuid(),
            now,
            placement.Id.Value,
            AwardRoute.DirectPlacement,
            ReferralId: null,
            placement.DpsId,
            placement.CategoryId,
            placement.AuthorityId,
            placement.SupplierId,
            placement.EstablishmentId,
            placement.ServiceUserReference,
            placement.Price(),
            placement.PriceBasis.ToString(),
            [],
            placement.StartDate,
            placement.TermWeeks,
            placement.Places,
            fundingModel is null
                ? null
                : new AwardedFundingModel(
                    fundingModel.FundingModelId,
                    fundingModel.StartSharePercent,
                    fundingModel.CompletionSharePercent,
                    fundingModel.JobOutcomeSharePercent,
                    fundingModel.WeeksInWork,
                    fundingModel.TrackingWindowWeeks),
            now,
            placement.Reason,
            placement.Justification));
        await db.SaveChangesAsync(cancellationToken);
        return DirectPlacementResponse.From(placement);
    }
}
