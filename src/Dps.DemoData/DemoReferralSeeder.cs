using Dps.BuildingBlocks.Application.Time;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.Referrals;
using NeedPriority = Dps.Referral.Domain.Referrals.NeedPriority;
using PriceBasis = Dps.Referral.Domain.Referrals.PriceBasis;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.DemoData;

/// <summary>
/// Kent's published SEN referral for a child living in Crawley, through the API's own commands: 30 miles invites
/// Weald House, Ashdown Lodge and Downsview; Harbourside is suspended, Chichester Park and Medway Valley are too far.
/// </summary>
internal sealed class DemoReferralSeeder(IServiceScopeFactory scopes)
{
    /// <summary>The least the scheme allows, plus an hour: advancing the sandbox clock by 11 days closes it.</summary>
    private static readonly TimeSpan ResponsePeriod = TimeSpan.FromDays(10) + TimeSpan.FromHours(1);

    public async Task<ReferralResponse> PublishAsync(DemoScheme set, CancellationToken cancellationToken)
    {
        await using var scope = scopes.ScopeAs(DemoActors.Buyer(DemoPurchasingSystems.Kent.Id));
        var buyer = scope.ServiceProvider.GetRequiredService<IMediator>();
        var clock = scope.ServiceProvider.GetRequiredService<SchemeClock>();
        var details = new ReferralDetails(
            set.CategoryId("SEN"),
            "KCC-20261201",
            [new RequiredNeed("ASD", NeedPriority.MustHave, null), new RequiredNeed("SLT", NeedPriority.Desirable, null), new RequiredNeed("SEMH", NeedPriority.Desirable, 6m)],
            [new DesiredFeature("HALAL", null), new DesiredFeature("TRANSPORT", null)],
            "Returns to full-time education within two terms; regains confidence with peers; a transition plan to post-16 provision.",
            new HomeLocation("RH10 1AA", 51.1124, -0.1831),
            30m,
            clock.Today.AddDays(28),
            39,
            PriceBasis.Week,
            GroupSize: null,
            Places: null,
            clock.UtcNow + ResponsePeriod,
            new EvaluationWeights(Price: 50, Needs: 20, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 10));
        var draft = await buyer.Send(new RaiseReferral(details), cancellationToken);
        return await buyer.Send(new PublishReferral(draft.Id, null), cancellationToken);
    }
}
