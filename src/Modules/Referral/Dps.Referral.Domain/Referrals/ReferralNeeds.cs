namespace Dps.Referral.Domain.Referrals;

/// <summary>A need of the category's taxonomy the service user has, and the mark a bid that meets it earns.</summary>
public sealed record RequiredNeed(string Code, NeedPriority Priority, decimal Mark);

/// <summary>A feature of the category's taxonomy the buyer would like, and the mark a bid that offers it earns.</summary>
public sealed record DesiredFeature(string Code, decimal Mark);
