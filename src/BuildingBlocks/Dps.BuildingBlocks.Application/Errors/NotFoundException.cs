namespace Dps.BuildingBlocks.Application.Errors;

/// <summary>The resource does not exist, or the caller may not know that it does (404 either way).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
