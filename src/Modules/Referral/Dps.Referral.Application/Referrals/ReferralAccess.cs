using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// Who sees a referral: its authority's buyers, the manager and auditors, and the suppliers it invited. Anyone else is
/// told it does not exist (404).
/// </summary>
internal static class ReferralAccess
{
    public static IQueryable<ReferralCase> VisibleTo(this IReferralDb db, ICurrentActor actor)
    {
        var referrals = db.Referrals.AsNoTracking();
        if (actor.OverseesAll())
        {
            return referrals;
        }

        var authorityId = actor.OwnAuthorityId();
        var supplierId = actor.OwnSupplierId();
        return referrals.Where(r => (authorityId != null && r.AuthorityId == authorityId)
            || (supplierId != null && db.Invitations.Any(i => i.ReferralId == r.Id && i.SupplierId == supplierId)));
    }

    /// <summary>Whether the actor reads everything of the referral: its authority's buyers, the manager and auditors (not its invitees).</summary>
    public static bool ReadsAllOf(this ICurrentActor actor, ReferralCase referral) => actor.OverseesAll() || actor.ActsForAuthority(referral.AuthorityId);

    public static async Task<ReferralCase> GetReadableAsync(this IReferralDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken) =>
        await db.VisibleTo(actor).SingleOrDefaultAsync(r => r.Id == ReferralId.From(referralId), cancellationToken)
        ?? throw new NotFoundException("Referral", referralId);

    /// <summary>
    /// The referral, tracked and locked for the rest of the transaction, if the actor is a buyer of its authority: its
    /// changes (publish, widen, cancel, close) happen one at a time.
    /// </summary>
    public static async Task<ReferralCase> GetOwnForUpdateAsync(this IReferralDb db, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken)
    {
        var referral = await db.LockAsync(ReferralId.From(referralId), cancellationToken);
        return referral is not null && actor.ActsForAuthority(referral.AuthorityId) ? referral : throw new NotFoundException("Referral", referralId);
    }

    public static Task<int> DeclinedCountAsync(this IReferralDb db, ReferralId referralId, CancellationToken cancellationToken) =>
        db.Invitations.CountAsync(i => i.ReferralId == referralId && i.DeclinedAt != null, cancellationToken);

    public static async Task<ReferralResponse> ResponseAsync(this IReferralDb db, ReferralCase referral, CancellationToken cancellationToken) =>
        ReferralResponse.From(referral, await db.DeclinedCountAsync(referral.Id, cancellationToken));
}
