namespace Dps.BuildingBlocks.Application.Errors;

/// <summary>The caller's role allows the endpoint, but its token lacks what the request needs (e.g. a supplier_id) (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
