namespace Dps.Catalogue.Domain.Listings;

/// <summary>
/// An event about a membership whose admission the Catalogue has not received yet. It is not consumed: the outbox
/// delivers it again later, after the admission, so nothing depends on the order of delivery.
/// </summary>
public sealed class MembershipNotYetListedException(Guid membershipId, Guid establishmentId, Guid categoryId)
    : Exception($"Membership {membershipId} of establishment {establishmentId} in category {categoryId} is not listed yet; its admission has not arrived.");
