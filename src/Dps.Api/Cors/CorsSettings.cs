namespace Dps.Api.Cors;

/// <summary>The browser origins allowed to call the API from their pages, from configuration section "Cors".</summary>
internal sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>Each as a browser sends it in <c>Origin</c>: scheme, host and port only, e.g. <c>https://app.example.org</c>. None by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
