using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>One bid of a closed competition, as a test writes it: its inputs, and its supplier's client.</summary>
public sealed record TestBid(string Name, ClosedCompetitionBid Bid, HttpClient Supplier)
{
    public Guid Id => Bid.BidId;
}

/// <summary>
/// A competition closed by Referral, handed to Evaluation as the outbox would: the worked example. Weights 50/50
/// (price 50, outcomes 20, needs 10, features 5, location 5, core competency 10); required needs N1–N4 marked 1–4
/// (N4 a must-have), desired features F1 and F3 marked 1 and 3. X £3,000 at 8 miles meets 9 need marks and 3 feature
/// marks, core competency 70; Y £3,300 at 25 miles meets everything, 85; Z £3,600 at 55 miles meets 7 and 1, 90.
/// </summary>
public sealed class CompetitionScenario
{
    public static readonly ClosedCompetitionWeights FiftyFifty = new(Price: 50, Needs: 10, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 20);
    public static readonly ClosedCompetitionWeights SeventyThirty = new(Price: 30, Needs: 15, Features: 10, Location: 5, CoreCompetency: 10, Outcomes: 30);

    private CompetitionScenario(DpsApiFactory api, CompetitionClosedIntegrationEvent closed, HttpClient buyer, IReadOnlyList<TestBid> bids)
    {
        Api = api;
        Closed = closed;
        Buyer = buyer;
        Bids = bids;
    }

    public DpsApiFactory Api { get; }

    public CompetitionClosedIntegrationEvent Closed { get; }

    public Guid ReferralId => Closed.ReferralId;

    /// <summary>A buyer of the referral's authority (evaluator "evaluator-1").</summary>
    public HttpClient Buyer { get; }

    public IReadOnlyList<TestBid> Bids { get; }

    public TestBid this[string name] => Bids.Single(b => b.Name == name);

    public string EvaluationPath => $"/api/v1/referrals/{ReferralId}/evaluation";

    public static ClosedCompetitionBid Bid(decimal price, decimal miles, string[] needs, string[] features, decimal? coreCompetency, int order, Guid? supplierId = null) => new(
        Guid.CreateVersion7(),
        Guid.NewGuid(),
        supplierId ?? Guid.NewGuid(),
        new Money(price, "GBP"),
        new Money(price - 100m, "GBP"),
        new Money(100m, "GBP"),
        0m,
        new Money(0m, "GBP"),
        [new ClosedCompetitionCostLine("STAFFING", "Staffing", new Money(price - 100m, "GBP"))],
        [new ClosedCompetitionCostLine("VAR-1", "1:1 support", new Money(100m, "GBP"))],
        needs,
        features,
        "Weekly key-worker sessions.",
        new DateOnly(2027, 1, 4),
        miles,
        DateTimeOffset.UtcNow.AddDays(-3).AddMinutes(order),
        DateTimeOffset.UtcNow.AddDays(-3).AddMinutes(order),
        new string('a', 64),
        coreCompetency);

    public static IReadOnlyList<(string Name, ClosedCompetitionBid Bid)> WorkedExample(Guid? supplierOfX = null) =>
    [
        ("X", Bid(3000m, 8m, ["N2", "N3", "N4"], ["F3"], 70m, 1, supplierOfX)),
        ("Y", Bid(3300m, 25m, ["N1", "N2", "N3", "N4"], ["F1", "F3"], 85m, 2)),
        ("Z", Bid(3600m, 55m, ["N3", "N4"], ["F1"], 90m, 3)),
    ];

    public static async Task<CompetitionScenario> CloseAsync(
        DpsApiFactory api, IReadOnlyList<(string Name, ClosedCompetitionBid Bid)>? bids = null, ClosedCompetitionWeights? weights = null, Guid? authorityId = null)
    {
        bids ??= WorkedExample();
        var authority = authorityId ?? Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var closed = new CompetitionClosedIntegrationEvent(
            Guid.NewGuid(),
            now,
            Guid.CreateVersion7(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            authority,
            "WSCC-20260001",
            "Week",
            1,
            1,
            new DateOnly(2027, 1, 4),
            39,
            weights ?? FiftyFifty,
            [new("N1", "Desirable", 1m), new("N2", "Desirable", 2m), new("N3", "Desirable", 3m), new("N4", "MustHave", 4m)],
            [new("F1", 1m), new("F3", 3m)],
            new ClosedCompetitionHome("RH12 1XX", 51.06, -0.33),
            now.AddDays(-14),
            now.AddMinutes(-1),
            now,
            [.. bids.Select(b => b.Bid)]);
        await CatalogueEvents.PublishAsync(api, closed);
        var buyer = await ClientAsync(api, DpsRoles.Buyer, "evaluator-1", authorityId: authority);
        var tested = new List<TestBid>();
        foreach (var (name, bid) in bids)
        {
            tested.Add(new TestBid(name, bid, await ClientAsync(api, DpsRoles.Supplier, $"supplier-{name}", supplierId: bid.SupplierId)));
        }

        return new CompetitionScenario(api, closed, buyer, tested);
    }

    /// <summary>A client for a role, as a named person (the token's subject).</summary>
    public static async Task<HttpClient> ClientAsync(DpsApiFactory api, string role, string subject, Guid? authorityId = null, Guid? supplierId = null)
    {
        var client = api.CreateClient();
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role, authorityId, supplierId, subject });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Another evaluator of the same authority.</summary>
    public Task<HttpClient> EvaluatorAsync(string subject) => ClientAsync(Api, DpsRoles.Buyer, subject, authorityId: Closed.AuthorityId);

    public Task<HttpResponseMessage> TryScoreAsync(TestBid bid, decimal score, string kind = "Individual", string? reason = null, HttpClient? evaluator = null) =>
        (evaluator ?? Buyer).PostAsJsonAsync($"{EvaluationPath}/bids/{bid.Id}/scores", new { score, kind, reason });

    public async Task ScoreAsync(TestBid bid, decimal score, string kind = "Individual", string? reason = null, HttpClient? evaluator = null)
    {
        var scored = await TryScoreAsync(bid, score, kind, reason, evaluator);
        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.Created), await scored.Content.ReadAsStringAsync());
    }

    /// <summary>The worked example's method-statement scores: X 60, Y 80, Z 90.</summary>
    public async Task ScoreWorkedExampleAsync()
    {
        foreach (var (name, score) in new[] { ("X", 60m), ("Y", 80m), ("Z", 90m) })
        {
            await ScoreAsync(this[name], score);
        }
    }

    public async Task<JsonObject> EvaluationAsync(HttpClient? reader = null)
    {
        var read = await (reader ?? Buyer).GetAsync(EvaluationPath);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return await read.JsonAsync();
    }

    public Task<HttpResponseMessage> TryChooseAsync(TestBid bid, string? note = "Closer to the family's home.") =>
        Buyer.PostAsJsonAsync($"/api/v1/referrals/{ReferralId}/parent-choice", new { bidId = bid.Id, note });

    public Task<HttpResponseMessage> TryAwardAsync(HttpClient? buyer = null, object? body = null) =>
        (buyer ?? Buyer).PostAsJsonAsync($"/api/v1/referrals/{ReferralId}/award", body ?? new { incentive = (object?)null });

    public static JsonObject BidIn(JsonObject evaluation, TestBid bid) =>
        evaluation["bids"]!.AsArray().Single(b => b!["bidId"]!.GetValue<Guid>() == bid.Id)!.AsObject();
}
