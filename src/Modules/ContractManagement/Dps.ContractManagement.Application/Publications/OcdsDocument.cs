namespace Dps.ContractManagement.Application.Publications;

// The part of the OCDS 1.1 release package the award publication fills, serialised camelCase without nulls.
// Dates are strings already in the schema's date-time form (see OcdsDates).

internal sealed record OcdsPackage(
    string Uri,
    string Version,
    IReadOnlyList<string> Extensions,
    string PublishedDate,
    OcdsPublisher Publisher,
    IReadOnlyList<OcdsRelease> Releases);

internal sealed record OcdsPublisher(string Name, string? Uri);

internal sealed record OcdsRelease(
    string Ocid,
    string Id,
    string Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    string Language,
    IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer,
    OcdsTender Tender,
    IReadOnlyList<OcdsAward> Awards,
    IReadOnlyList<OcdsRelatedProcess> RelatedProcesses);

internal sealed record OcdsParty(string Id, string? Name, IReadOnlyList<string> Roles, OcdsPartyDetails? Details);

/// <summary>The party's size, from the OCDS partyScale codelist: <c>sme</c> or <c>large</c>.</summary>
internal sealed record OcdsPartyDetails(string Scale);

internal sealed record OcdsOrganizationReference(string Id, string? Name);

internal sealed record OcdsTender(
    string Id,
    string? Title,
    string Status,
    OcdsOrganizationReference ProcuringEntity,
    string ProcurementMethod,
    string ProcurementMethodDetails,
    string? ProcurementMethodRationale,
    string MainProcurementCategory,
    OcdsTechniques Techniques);

/// <summary>The OCDS techniques extension's <c>tender.techniques</c>.</summary>
internal sealed record OcdsTechniques(bool HasDynamicPurchasingSystem);

internal sealed record OcdsAward(
    string Id,
    string? Title,
    string? Description,
    string Status,
    string Date,
    OcdsValue Value,
    IReadOnlyList<OcdsOrganizationReference> Suppliers,
    IReadOnlyList<OcdsItem> Items,
    OcdsPeriod ContractPeriod);

internal sealed record OcdsValue(decimal Amount, string Currency);

internal sealed record OcdsItem(string Id, string? Description, OcdsClassification Classification, OcdsUnit Unit);

/// <summary>What was bought, by the DPS's own category (scheme <c>DPS-CATEGORY</c>): the platform has no CPV code for it.</summary>
internal sealed record OcdsClassification(string Scheme, string Id, string? Description);

internal sealed record OcdsUnit(string Name, OcdsValue Value);

internal sealed record OcdsPeriod(string StartDate, string EndDate);

internal sealed record OcdsRelatedProcess(string Id, IReadOnlyList<string> Relationship, string Title, string Scheme, string Identifier);
