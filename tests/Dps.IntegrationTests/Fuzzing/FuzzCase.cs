using System.Net.Http.Headers;
using System.Text;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>One request the fuzzer sends, and whether the OpenAPI document forbids it (then no 2xx may answer it).</summary>
public sealed record FuzzCase(string Mutation, FuzzRequest Request, bool SchemaForbids)
{
    public override string ToString() => $"{Mutation}{(SchemaForbids ? " (forbidden)" : "")}: {Request}";
}

public sealed record FuzzRequest(string Method, string Url, string? Body = null, string ContentType = "application/json")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            var withCharset = ContentType.Contains(';', StringComparison.Ordinal) ? ContentType : $"{ContentType}; charset=utf-8";
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(withCharset);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString()
    {
        var headers = string.Concat(Headers.Select(h => $" [{h.Key}: {h.Value}]"));
        return Body is null
            ? $"{Method} {Excerpt(Url)}{headers}"
            : $"{Method} {Excerpt(Url)}{headers} ({ContentType}) {Excerpt(Body)}";
    }

    /// <summary>Long values are shown by their start and length, so a report stays readable.</summary>
    public static string Excerpt(string text, int max = 300) =>
        text.Length <= max ? text : $"{text[..max]}… ({text.Length:N0} characters)";
}
