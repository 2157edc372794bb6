namespace Dps.BuildingBlocks.Application.Errors;

/// <summary>The client's If-Match names a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException(string resource, uint expectedVersion, uint currentVersion)
    : Exception($"{resource} has changed since version {expectedVersion}; it is now at version {currentVersion}. Read it again and retry.");
