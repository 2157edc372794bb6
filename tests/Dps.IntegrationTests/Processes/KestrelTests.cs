using System.Net;
using System.Net.Sockets;
using System.Text;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Processes;

/// <summary>What the real web server (Kestrel, in its own process) answers to malformed requests the test host never sees.</summary>
public sealed class KestrelTests
{
    private string _connectionString = null!;
    private ApiProcess _api = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _connectionString = await TestDatabase.CreateFromTemplateAsync();
        _api = await ApiProcess.StartAsync(_connectionString);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await _api.DisposeAsync();
        await TestDatabase.DropAsync(_connectionString);
    }

    [Test]
    public async Task A_non_ASCII_header_value_is_read_not_refused_with_a_bare_400()
    {
        var response = await RawAsync("GET /api/v1/dps HTTP/1.1\r\nHost: localhost\r\nAccept: application/jsön\r\n\r\n");

        Assert.That(response, Does.StartWith("HTTP/1.1 401"), response);
        Assert.That(response, Does.Contain("application/problem+json"), response);
    }

    [Test]
    public async Task An_over_long_address_is_a_414_problem_document()
    {
        var response = await RawAsync($"GET /api/v1/dps?q={new string('a', 20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.That(response, Does.StartWith("HTTP/1.1 414"), response);
        Assert.That(response, Does.Contain("application/problem+json").And.Contain("\"detail\""), response);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_body_over_the_size_limit_is_a_413_problem_document(bool chunked)
    {
        using var manager = await _api.ClientAsAsync("dps-manager");
        var token = manager.DefaultRequestHeaders.Authorization!.Parameter;
        const int overLimit = 30_000_001; // Kestrel's default limit is 30,000,000 bytes.
        var head = $"POST /api/v1/dps HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\n";

        // Announced, it is refused before the body is read; chunked, once the API has read past the limit.
        var response = await RawAsync(chunked
            ? $"{head}Transfer-Encoding: chunked\r\n\r\n{overLimit:x}\r\n{{\"title\":\"{new string('a', overLimit - 12)}\"}}\r\n0\r\n\r\n"
            : $"{head}Content-Length: 40000000\r\n\r\n{{");

        Assert.That(response, Does.StartWith("HTTP/1.1 413"), response);
        Assert.That(response, Does.Contain("application/problem+json").And.Contain("larger than this API accepts"), response);
    }

    /// <summary>Kestrel refuses the request line itself, before any of the API runs, and offers no way to word its answer.</summary>
    [Test]
    public async Task A_NUL_in_the_path_is_refused_by_the_server_before_the_API_sees_it()
    {
        var response = await RawAsync("GET /api/v1/dps/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.That(response, Does.StartWith("HTTP/1.1 400"), response);
    }

    private async Task<string> RawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_api.Address.Host, _api.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        var buffer = new byte[64 * 1024];
        var read = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0)
                {
                    break;
                }

                read += n;
                if (Encoding.Latin1.GetString(buffer, 0, read) is var text && text.Contains("\r\n\r\n") && HasWholeBody(text))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Encoding.Latin1.GetString(buffer, 0, read);
    }

    private static bool HasWholeBody(string response)
    {
        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var length = response[..headerEnd].Split("\r\n")
            .FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))?.Split(':')[1].Trim();
        return length is null
            ? !response[..headerEnd].Contains("chunked", StringComparison.OrdinalIgnoreCase) || response.EndsWith("0\r\n\r\n", StringComparison.Ordinal)
            : response.Length - headerEnd - 4 >= int.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
    }
}
