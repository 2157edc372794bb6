namespace Dps.ContractManagement.Application.Publications;

/// <summary>Who publishes the awards, at which address, under which registered OCID prefix.</summary>
internal sealed record AwardPublisher
{
    public AwardPublisher(string name, Uri uri, string ocidPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(ocidPrefix);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The publisher's URI must be absolute.", nameof(uri));
        }

        if (!ocidPrefix.StartsWith("ocds-", StringComparison.Ordinal) || ocidPrefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("An OCID prefix is 'ocds-' and the publisher's registered code, e.g. ocds-dps01.", nameof(ocidPrefix));
        }

        Name = name;
        Uri = uri;
        OcidPrefix = ocidPrefix;
    }

    public string Name { get; }

    public Uri Uri { get; }

    public string OcidPrefix { get; }

    /// <summary>The contracting process's id: the prefix and the referral, or for a direct placement the award.</summary>
    public string OcidOf(PublishedAward award) => $"{OcidPrefix}-{award.ProcessId:D}";

    /// <summary>Where the quarter's publication in this format is read.</summary>
    public Uri PublicationUri(AwardQuarter quarter, AwardPublicationFormat format) =>
        new($"{Uri.AbsoluteUri.TrimEnd('/')}/api/v1/publications/awards?quarter={quarter}&format={format.ToString().ToLowerInvariant()}");
}
