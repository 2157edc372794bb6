using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Referral.IntegrationEvents;

/// <summary>An invited establishment of a cancelled referral, and its supplier, to be told.</summary>
public sealed record CancelledInvitee(Guid EstablishmentId, Guid SupplierId);

/// <summary>
/// A referral was cancelled before award, with the buyer's reason: its invitees are told, and whatever was pending on it
/// (bids, evaluation) stops. <paramref name="Invitees"/> is every establishment invited in any round, declined or not.
/// </summary>
public sealed record ReferralCancelledIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    string Reason,
    DateTimeOffset CancelledAt,
    IReadOnlyList<CancelledInvitee> Invitees) : IntegrationEvent(Id, OccurredAt);
