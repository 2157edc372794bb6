namespace Dps.Referral.Domain.Referrals;

/// <summary>The codes of the category's taxonomy, as the Catalogue has them when the referral is raised or changed.</summary>
public sealed record CategoryTerms(IReadOnlyCollection<string> NeedCodes, IReadOnlyCollection<string> FeatureCodes);
