namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: the endpoint reads If-Match through <see cref="EntityTags.IfMatch"/>, so the OpenAPI document lists the header.</summary>
public sealed class IfMatchHeader
{
    public static readonly IfMatchHeader Accepted = new();

    private IfMatchHeader()
    {
    }
}
