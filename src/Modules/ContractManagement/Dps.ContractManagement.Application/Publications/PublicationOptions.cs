namespace Dps.ContractManagement.Application.Publications;

/// <summary>
/// Configuration section <c>Publications</c>: who publishes the awards. The OCID prefix is the one the Open Contracting
/// Partnership registered for the publisher (e.g. <c>ocds-dps01</c>); every contracting process's ocid starts with it.
/// </summary>
public sealed class PublicationOptions
{
    public const string Section = "Publications";

    public string PublisherName { get; set; } = string.Empty;

    /// <summary>The platform's public address, e.g. <c>https://dps.example.gov.uk/</c>; publications' URIs start with it.</summary>
    public string PublisherUri { get; set; } = string.Empty;

    public string OcidPrefix { get; set; } = string.Empty;

    internal AwardPublisher Publisher() => new(PublisherName, new Uri(PublisherUri, UriKind.Absolute), OcidPrefix);
}
