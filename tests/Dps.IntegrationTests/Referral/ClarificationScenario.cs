using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Referral;

/// <summary>
/// The Catalogue scenario (a DPS with SEN, its taxonomy set) plus two establishments of different suppliers admitted to
/// SEN near Maidstone with the ASD need in their profiles, and a referral of the lead authority's buyer published to
/// them; then the calls of questions, answers and direct placements.
/// </summary>
public sealed class ClarificationScenario
{
    public const double HomeLatitude = 51.27;
    public const double HomeLongitude = 0.52;

    private ClarificationScenario(CatalogueScenario catalogue, Listed first, Listed second, Guid referralId)
    {
        Catalogue = catalogue;
        First = first;
        Second = second;
        ReferralId = referralId;
    }

    public CatalogueScenario Catalogue { get; }

    public HttpClient Buyer => Catalogue.Buyer;

    public HttpClient Manager => Catalogue.Manager;

    public Guid Sen => Catalogue.Sen;

    /// <summary>An invited establishment (Ash House) of its own supplier: the asker in the tests.</summary>
    public Listed First { get; }

    /// <summary>Another invited establishment (Beech House), of another supplier.</summary>
    public Listed Second { get; }

    public Guid ReferralId { get; }

    public string QuestionsPath => $"/api/v1/referrals/{ReferralId}/questions";

    /// <summary>Admits the two establishments, then raises and publishes a referral that invites them both.</summary>
    public static async Task<ClarificationScenario> StartAsync(DpsApiFactory api)
    {
        var catalogue = await CatalogueScenario.StartAsync(api);
        var first = await catalogue.AdmitAsync("Ash House", HomeLatitude + 0.05, HomeLongitude);
        var second = await catalogue.AdmitAsync("Beech House", HomeLatitude + 0.10, HomeLongitude);
        foreach (var listed in new[] { first, second })
        {
            (await CatalogueScenario.SetProfileAsync(listed, catalogue.Sen, ["ASD"], [])).EnsureSuccessStatusCode();
        }

        var raised = await catalogue.Buyer.PostAsJsonAsync("/api/v1/referrals", Referral(catalogue.Sen));
        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.Created), await raised.Content.ReadAsStringAsync());
        var referralId = (await raised.JsonAsync()).Id();
        var published = await catalogue.Buyer.PostAsync($"/api/v1/referrals/{referralId}/publish", null);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        Assert.That((await published.JsonAsync())["invitedCount"]!.GetValue<int>(), Is.EqualTo(2), "both establishments invited");
        return new ClarificationScenario(catalogue, first, second, referralId);
    }

    public static object Referral(Guid categoryId) => new
    {
        categoryId,
        serviceUserReference = "KCC-20261234",
        requiredNeeds = new[] { new { code = "ASD", priority = "MustHave", mark = (decimal?)null } },
        desiredFeatures = Array.Empty<object>(),
        desiredOutcomes = "Back in full-time education within a term",
        home = new { postcode = "ME14 1XX", latitude = HomeLatitude, longitude = HomeLongitude },
        geographicLimitMiles = 25m,
        startDate = Requests.SchemeToday().AddDays(30),
        termWeeks = 39,
        priceBasis = "Week",
        responseDeadline = DateTimeOffset.UtcNow.AddDays(14),
    };

    public async Task<JsonObject> AskAsync(Listed asker, string text)
    {
        var asked = await asker.Supplier.PostAsJsonAsync(QuestionsPath, new { establishmentId = asker.EstablishmentId, text });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await asked.Content.ReadAsStringAsync());
        return await asked.JsonAsync();
    }

    public Task<HttpResponseMessage> AnswerAsync(HttpClient buyer, Guid questionId, string text, string visibility) =>
        buyer.PostAsJsonAsync($"{QuestionsPath}/{questionId}/answer", new { text, visibility });

    /// <summary>The questions the client reads, as JSON objects.</summary>
    public async Task<List<JsonObject>> QuestionsAsync(HttpClient reader)
    {
        var listed = await reader.GetAsync(QuestionsPath);
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        return [.. (await listed.JsonAsync())["items"]!.AsArray().Select(i => i!.AsObject())];
    }

    public static object DirectPlacement(Guid categoryId, Guid establishmentId, string reason = "TribunalOrder") => new
    {
        categoryId,
        establishmentId,
        reason,
        justification = "The First-tier Tribunal named the school in its order of 1 December.",
        serviceUserReference = "KCC-20269876",
        price = new { amount = 2450.50m, currency = "GBP" },
        priceBasis = "Week",
        startDate = Requests.SchemeToday().AddDays(14),
        termWeeks = 39,
        places = 1,
    };
}

/// <summary>A subscriber to one integration event type, added to the host's; it keeps every event it receives.</summary>
public sealed class EventRecorder<TEvent> : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
{
    private readonly ConcurrentQueue<TEvent> _received = new();

    public IReadOnlyList<TEvent> Received => [.. _received];

    public void AddTo(IServiceCollection services) => services.AddSingleton<INotificationHandler<TEvent>>(this);

    public Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        _received.Enqueue(notification);
        return Task.CompletedTask;
    }

    /// <summary>The events received that match, once at least one has; waits for the outbox to deliver.</summary>
    public async Task<List<TEvent>> ReceivedAsync(Func<TEvent, bool> match, string what)
    {
        var found = await Eventually.Until(() => Task.FromResult(Received.Where(match).ToList()), e => e.Count > 0, what);
        await Task.Delay(TimeSpan.FromSeconds(1)); // long enough for a second delivery, at the test host's 200 ms poll, to show
        return [.. Received.Where(match)];
    }
}
