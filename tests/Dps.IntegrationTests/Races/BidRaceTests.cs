using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Races;

/// <summary>One live bid per establishment holds when its bids race: the partial unique index of live bids guards it.</summary>
public sealed class BidRaceTests : ApiTest
{
    [Test]
    public async Task Racing_bids_of_one_establishment_give_one_live_bid()
    {
        var scenario = await BidScenario.StartAsync(Api);

        await Race.ExactlyOneWinsAsync(_ => scenario.TryBidAsync(scenario.Invited[0]), "OneLiveBidPerEstablishment");
    }
}
