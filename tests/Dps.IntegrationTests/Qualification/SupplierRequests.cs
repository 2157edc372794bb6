using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

/// <summary>Valid supplier and establishment bodies, and the calls the supplier tests start from.</summary>
public static class SupplierRequests
{
    public static object NewSupplier(string name = "Oakfield Care Ltd") => new
    {
        name,
        companyNumber = "01234567",
        isSme = true,
        contact = new { name = "Sam Patel", email = "sam.patel@oakfield.example", phone = "+44 1403 123456" },
    };

    /// <summary>A valid supplier body as JSON, for tests that change one member.</summary>
    public static JsonObject NewSupplierJson() => JsonSerializer.SerializeToNode(NewSupplier())!.AsObject();

    public static object NewEstablishment(string name = "Oakfield School") => new
    {
        name,
        address = "1 Church Lane\nHorsham\nWest Sussex",
        postcode = "rh12 1ab",
        latitude = 51.0629,
        longitude = -0.3259,
        ofstedUrn = "123456",
        ofstedRating = "Good",
        capacity = 40,
    };

    /// <summary>A valid establishment body as JSON, for tests that change one member.</summary>
    public static JsonObject NewEstablishmentJson() => JsonSerializer.SerializeToNode(NewEstablishment())!.AsObject();

    public static async Task<JsonObject> RegisterSupplierAsync(this HttpClient supplier, string name = "Oakfield Care Ltd")
    {
        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", NewSupplier(name));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonObject> AddEstablishmentAsync(this HttpClient supplier, Guid supplierId, string name = "Oakfield School")
    {
        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", NewEstablishment(name));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static string ETag(this JsonObject resource) => $"\"{resource["version"]}\"";

    public static string Text(this JsonObject resource, string member) => resource[member]!.GetValue<string>();
}
