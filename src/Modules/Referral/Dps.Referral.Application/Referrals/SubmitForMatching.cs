using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.IntegrationEvents;
using FluentValidation;
using MediatR;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// The buyer hands a draft business case to offer matching, naming the client groups it is for; the event takes it to
/// Evaluation, which ranks the category's offers against it.
/// </summary>
public sealed record SubmitForMatching(Guid ReferralId, IReadOnlyList<string> ClientGroups, uint? ExpectedVersion) : ICommand<ReferralResponse>;

internal sealed class SubmitForMatchingValidator : AbstractValidator<SubmitForMatching>
{
    public SubmitForMatchingValidator()
    {
        RuleFor(c => c.ClientGroups).NotEmpty().Must(g => g is null || g.Count <= 20).WithMessage("'Client Groups' holds at most 20 groups.");
        RuleForEach(c => c.ClientGroups).NotEmpty().MaximumLength(200);
    }
}

internal sealed class SubmitForMatchingHandler(IReferralDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SubmitForMatching, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(SubmitForMatching command, CancellationToken cancellationToken)
    {
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(referral, command.ExpectedVersion);
        var now = clock.GetUtcNow();
        referral.SubmitForMatching([.. command.ClientGroups.Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)], now);
        var terms = referral.Terms;
        var weights = terms.Weights;
        db.AddToOutbox(new BusinessCaseSubmittedIntegrationEvent(
            Guid.NewGuid(),
            now,
            referral.Id.Value,
            referral.DpsId,
            referral.CategoryId,
            referral.AuthorityId,
            terms.ServiceUserReference,
            terms.ClientGroups!,
            new ClosedCompetitionHome(terms.Home.Postcode, terms.Home.Latitude, terms.Home.Longitude),
            terms.StartDate,
            terms.TermWeeks,
            terms.Places,
            new ClosedCompetitionWeights(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
            now));
        await db.SaveChangesAsync(cancellationToken);
        return await db.ResponseAsync(referral, cancellationToken);
    }
}
