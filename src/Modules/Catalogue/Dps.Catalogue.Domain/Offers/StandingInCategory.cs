namespace Dps.Catalogue.Domain.Offers;

/// <summary>Where a supplier stands in the category of an offer, as the Catalogue learnt it from Qualification.</summary>
public enum StandingInCategory
{
    /// <summary>The category is not one of the offer's DPS.</summary>
    CategoryNotInTheDps,

    /// <summary>None of the supplier's establishments is admitted to the category (or their memberships were removed).</summary>
    NotAMember,

    /// <summary>Admitted, but every membership in the category is suspended.</summary>
    Suspended,

    /// <summary>At least one of its establishments is an active member of the category.</summary>
    ActiveMember,
}
