using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dps.Bench;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dps.Referral.Bench;

/// <summary>
/// Bids at volume: establishments of their own suppliers admitted through the API to a category of the scheme, referrals
/// published that invite every one of them, then one client per supplier bidding on every referral at once.
/// </summary>
internal static class Bidders
{
    private static readonly string[] Criteria = ["PF1", "MS1"];

    public static async Task RunAsync(WebApplicationFactory<Program> api, HttpClient manager, HttpClient buyer, Guid dpsId, Guid categoryId, int suppliers, int referrals)
    {
        var setUp = Stopwatch.StartNew();
        var bidders = new List<(HttpClient Client, Guid EstablishmentId)>();
        for (var i = 0; i < suppliers; i++)
        {
            bidders.Add(await AdmitAsync(api, manager, dpsId, categoryId, i));
        }

        var search = FormattableString.Invariant($"/api/v1/catalogue/establishments?categoryId={categoryId}&lat=51.0629&lon=-0.3259&radiusMiles=10&pageSize=1");
        while ((await Scheme.SendAsync(buyer.GetAsync(search)))["total"]!.GetValue<int>() < suppliers)
        {
            await Task.Delay(100);
        }

        var referralIds = new List<Guid>();
        for (var i = 0; i < referrals; i++)
        {
            var referral = await Scheme.SendAsync(buyer.PostAsJsonAsync("/api/v1/referrals", Scheme.Referral(categoryId, 51.0629, -0.3259, limitMiles: 10)));
            var published = await Scheme.SendAsync(buyer.PostAsync($"/api/v1/referrals/{Scheme.Id(referral)}/publish", null));
            if (published["invitedCount"]!.GetValue<int>() != suppliers)
            {
                throw new InvalidOperationException($"The referral invited {published["invitedCount"]} of {suppliers}: the Catalogue has not listed them all.");
            }

            referralIds.Add(Scheme.Id(referral));
        }

        Console.WriteLine($"Admitted {suppliers} establishments and published {referrals} referrals inviting them all in {setUp.Elapsed.TotalSeconds:F1} s.");

        var errors = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(bidders.Select(bidder => Task.Run(async () =>
        {
            foreach (var referralId in referralIds)
            {
                using var response = await bidder.Client.PostAsJsonAsync($"/api/v1/referrals/{referralId}/bids", Bid(bidder.EstablishmentId));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    Console.Error.WriteLine($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var bids = suppliers * referrals;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{bids:N0} bids from {suppliers} concurrent suppliers in {seconds:F1} s: {bids / seconds:F0} bids/s, {errors} errors"));
    }

    private static object Bid(Guid establishmentId) => new
    {
        establishmentId,
        offer = new
        {
            coreCosts = new[] { new { lineCode = "PREMISES", amount = 1100m }, new { lineCode = "STAFFING", amount = 1450m } },
            variableCosts = new[] { new { description = "1:1 support, 10 hours a week", amount = 320m } },
            needsMet = new[] { "ASD" },
            featuresMet = Array.Empty<string>(),
            methodStatement = "A personalised plan reviewed every half term with the family and the virtual school.",
            proposedStartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };

    private static async Task<(HttpClient, Guid)> AdmitAsync(WebApplicationFactory<Program> api, HttpClient manager, Guid dpsId, Guid categoryId, int number)
    {
        var supplierId = Guid.NewGuid();
        var supplier = await api.CreateClient().ActingAsAsync(new { role = "supplier", supplierId });
        await Scheme.SendAsync(supplier.PostAsJsonAsync("/api/v1/suppliers", new
        {
            name = $"Bidder {number} Ltd",
            companyNumber = $"{10_000_000 + number}",
            isSme = true,
            contact = new { name = "Sam Patel", email = $"bids{number}@bench.example", phone = "+44 1403 123456" },
        }));
        var establishment = await Scheme.SendAsync(supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", new
        {
            name = $"Bidder School {number}",
            address = "1 Church Lane\nHorsham",
            postcode = "RH12 1AB",
            latitude = 51.0629 + (number * 0.001),
            longitude = -0.3259,
            ofstedUrn = $"{200_000 + number}",
            ofstedRating = "Good",
            capacity = 40,
        }));
        var establishmentId = Scheme.Id(establishment);
        var draft = await Scheme.SendAsync(supplier.PostAsJsonAsync("/api/v1/applications", new
        {
            establishmentId,
            dpsId,
            categories = new[]
            {
                new
                {
                    categoryId,
                    answers = Criteria.Select(code => new { criterionCode = code, response = "Our answer", evidenceReferences = Array.Empty<string>() }),
                    coreCosts = new[]
                    {
                        new { lineCode = "PREMISES", amount = new { amount = 1200m, currency = "GBP" } },
                        new { lineCode = "STAFFING", amount = new { amount = 1500m, currency = "GBP" } },
                    },
                    discounts = new { cohortPercent = 5m, siblingPercent = 10m },
                },
            },
        }));
        await Scheme.SendAsync(supplier.PostAsync($"/api/v1/applications/{Scheme.Id(draft)}/submit", null));
        await Scheme.SendAsync(manager.PostAsJsonAsync($"/api/v1/applications/{Scheme.Id(draft)}/evaluation", new
        {
            categoryId,
            decisions = new[] { new { criterionCode = Criteria[0], passed = true, note = (string?)null } },
            scores = new[] { new { criterionCode = Criteria[1], score = 60 } },
        }));
        await Scheme.SendAsync(manager.PostAsync($"/api/v1/applications/{Scheme.Id(draft)}/decision", null));
        return (supplier, establishmentId);
    }
}
