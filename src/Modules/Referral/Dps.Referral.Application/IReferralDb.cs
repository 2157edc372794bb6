using Dps.BuildingBlocks.Application.Messaging;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.DirectPlacements;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application;

/// <summary>The Referral module's own tables, as its handlers see them.</summary>
public interface IReferralDb : IModuleDb
{
    DbSet<ReferralCase> Referrals { get; }

    DbSet<Invitation> Invitations { get; }

    /// <summary>Read here; written with the invitations only through <see cref="Invitations.IInvitationLedger"/>.</summary>
    DbSet<EligibilityDecision> EligibilityDecisions { get; }

    /// <summary>Sealed: their content is readable only through <see cref="IBidSeal"/>.</summary>
    DbSet<Bid> Bids { get; }

    /// <summary>The referral, untracked, its row share-locked until the transaction ends (bids are written under it); null if there is none.</summary>
    Task<ReferralCase?> ShareLockAsync(ReferralId id, CancellationToken cancellationToken);

    /// <summary>The referral, tracked and locked for update, unless another transaction holds a lock on it; null then, or if there is none.</summary>
    Task<ReferralCase?> TryLockUnlessLockedAsync(ReferralId id, CancellationToken cancellationToken);

    DbSet<InvitationRound> InvitationRounds { get; }

    DbSet<Clarification> Clarifications { get; }

    DbSet<DirectPlacement> DirectPlacements { get; }

    /// <summary>The referral, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<ReferralCase?> LockAsync(ReferralId id, CancellationToken cancellationToken);
}
