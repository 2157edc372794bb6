using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>
/// An OpenID Connect provider on a local http port: its discovery document and one RSA key, which signs
/// <see cref="Signing"/>'s tokens. Plain http, so only a Development host accepts it.
/// </summary>
public sealed class TestTokenProvider : IDisposable
{
    private const string KeyId = "test-provider-key";
    private readonly HttpListener _listener = new();
    private readonly RSA _rsa = RSA.Create(2048);

    public TestTokenProvider()
    {
        Authority = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Authority);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Authority { get; }

    public SigningCredentials Signing => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    public void Dispose()
    {
        _listener.Close();
        _rsa.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }

            var body = context.Request.Url!.AbsolutePath switch
            {
                "/.well-known/openid-configuration" => JsonSerializer.Serialize(new { issuer = "dps", jwks_uri = $"{Authority}jwks" }),
                "/jwks" => Keys(),
                _ => null,
            };
            context.Response.StatusCode = body is null ? 404 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body ?? "{}"));
            context.Response.Close();
        }
    }

    private string Keys()
    {
        var key = _rsa.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", alg = "RS256", kid = KeyId,
                    n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent),
                },
            },
        });
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
