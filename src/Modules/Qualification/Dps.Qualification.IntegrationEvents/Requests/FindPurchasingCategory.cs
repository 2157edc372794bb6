using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Qualification.IntegrationEvents.Requests;

/// <summary>
/// Asked by other modules (Referral, when a referral is raised): the category, its DPS and the authorities that take part
/// in it. Null when there is no such category.
/// </summary>
public sealed record FindPurchasingCategory(Guid CategoryId) : IQuery<PurchasingCategory?>;

/// <summary>
/// <paramref name="AuthorityIds"/> is every authority whose buyers may buy in the DPS, the lead among them;
/// <paramref name="Currency"/> is the scheme's currency that prices are in.
/// </summary>
public sealed record PurchasingCategory(
    Guid CategoryId, string CategoryName, Guid DpsId, string DpsReference, IReadOnlyList<Guid> AuthorityIds, string Currency);
