using Dps.BuildingBlocks.Application.Messaging;
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

    DbSet<InvitationRound> InvitationRounds { get; }

    DbSet<Clarification> Clarifications { get; }

    DbSet<DirectPlacement> DirectPlacements { get; }

    /// <summary>The referral, tracked, its row locked until the transaction ends; null if there is none.</summary>
    Task<ReferralCase?> LockAsync(ReferralId id, CancellationToken cancellationToken);
}
