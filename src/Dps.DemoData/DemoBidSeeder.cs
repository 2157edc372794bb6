using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Application.Bids;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.Invitations;
using Dps.Referral.Application.Referrals;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.DemoData;

/// <summary>
/// Two sealed bids on Kent's referral, through the API's own commands acting as each supplier: Downsview and Weald
/// bid for their nearest invited school, each core cost line a little under what it qualified with.
/// </summary>
internal sealed class DemoBidSeeder(IServiceScopeFactory scopes)
{
    private static readonly (Guid SupplierId, decimal Discount, string Plan)[] Bidders =
    [
        (Guid.Parse("0a4f0000-0000-4000-8000-000000000002"), 10m, "A key worker and weekly speech and language therapy; a half-termly review of each outcome with the family."),
        (Guid.Parse("0a4f0000-0000-4000-8000-000000000003"), 25m, "Small-group teaching with an ASD specialist; a phased return to full-time timetable over six weeks."),
    ];

    public async Task BidAsync(ReferralResponse referral, CancellationToken cancellationToken)
    {
        foreach (var (supplierId, discount, plan) in Bidders)
        {
            await using var scope = scopes.ScopeAs(DemoActors.Supplier(supplierId));
            var supplier = scope.ServiceProvider.GetRequiredService<IMediator>();
            var invitations = await supplier.Send(new ListInvitations(referral.Id, false, 1, 50), cancellationToken);
            if (invitations.Items.OrderBy(i => i.DistanceMiles).FirstOrDefault() is not { } invitation)
            {
                continue;
            }

            var terms = await supplier.Send(new FindQualifiedTerms(invitation.EstablishmentId, referral.CategoryId), cancellationToken);
            var offer = new BidOffer(
                [.. (terms?.CoreCosts ?? []).Select(c => new BidCoreCost(c.LineCode, c.Amount.Amount - discount))],
                [new BidVariableCost("Weekly speech and language therapy", 180m)],
                [.. referral.RequiredNeeds.Select(n => n.Code)],
                [.. referral.DesiredFeatures.Take(1).Select(f => f.Code)],
                plan,
                referral.StartDate);
            await supplier.Send(new SubmitBid(referral.Id, invitation.EstablishmentId, offer), cancellationToken);
        }
    }
}
