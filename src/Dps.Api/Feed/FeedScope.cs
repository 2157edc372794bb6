using Dps.BuildingBlocks.Application.Security;

namespace Dps.Api.Feed;

/// <summary>
/// Whose feed entries a reader sees: every entry (the DPS manager and auditors), a supplier's, or an authority's (its
/// buyers); with none of these, nothing.
/// </summary>
public sealed record FeedScope(bool All, Guid? SupplierId, Guid? AuthorityId)
{
    public static FeedScope Of(ICurrentActor actor) => new(actor.OverseesAll(), actor.OwnSupplierId(), actor.OwnAuthorityId());
}
