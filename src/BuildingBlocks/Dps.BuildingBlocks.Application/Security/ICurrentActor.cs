namespace Dps.BuildingBlocks.Application.Security;

/// <summary>Who is acting: the caller of an HTTP request, or the system for background work.</summary>
public interface ICurrentActor
{
    string Id { get; }

    IReadOnlyList<string> Roles { get; }

    Guid? AuthorityId { get; }

    Guid? SupplierId { get; }
}
