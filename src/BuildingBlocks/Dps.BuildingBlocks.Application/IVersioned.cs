namespace Dps.BuildingBlocks.Application;

/// <summary>A response body that carries the resource's version, sent as its ETag.</summary>
public interface IVersioned
{
    uint Version { get; }
}
