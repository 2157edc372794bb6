using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.PurchasingSystems.Rules;

namespace Dps.Qualification.Domain.PurchasingSystems;

/// <summary>A DPS: run by a lead authority for the participating authorities, open for its period of validity.</summary>
public sealed class DynamicPurchasingSystem : AggregateRoot
{
    private DynamicPurchasingSystem()
    {
    }

    public DpsId Id { get; private set; }

    public string Reference { get; private set; } = null!;

    public string Title { get; private set; } = null!;

    public Authority LeadAuthority { get; private set; } = null!;

    public IReadOnlyList<Authority> ParticipatingAuthorities { get; private set; } = [];

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static DynamicPurchasingSystem Create(
        string reference,
        string title,
        Authority leadAuthority,
        IReadOnlyList<Authority> participatingAuthorities,
        DateOnly validFrom,
        DateOnly validUntil,
        bool referenceTaken,
        DateTimeOffset now)
    {
        CheckRule(new DpsReferenceMustBeUniqueRule(reference, referenceTaken));
        CheckRule(new DpsValidityMustEndAfterItStartsRule(validFrom, validUntil));
        CheckAuthorities(leadAuthority, participatingAuthorities);
        return new DynamicPurchasingSystem
        {
            Id = DpsId.New(),
            Reference = reference,
            Title = title,
            LeadAuthority = leadAuthority,
            ParticipatingAuthorities = participatingAuthorities,
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            CreatedAt = now,
        };
    }

    public void Update(string title, IReadOnlyList<Authority> participatingAuthorities)
    {
        CheckAuthorities(LeadAuthority, participatingAuthorities);
        Title = title;
        ParticipatingAuthorities = participatingAuthorities;
    }

    public Category AddCategory(string name, string? description, IReadOnlyCollection<string> existingCategoryNames, DateOnly today)
    {
        CheckRule(new CategoriesCanOnlyBeAddedWhileDpsIsValidRule(ValidUntil, today));
        CheckRule(new CategoryNameMustBeUniqueWithinDpsRule(name, existingCategoryNames));
        return Category.Create(Id, name, description);
    }

    private static void CheckAuthorities(Authority leadAuthority, IReadOnlyList<Authority> participatingAuthorities)
    {
        CheckRule(new ParticipatingAuthoritiesMustBeDistinctRule(participatingAuthorities));
        CheckRule(new LeadAuthorityMustParticipateRule(leadAuthority, participatingAuthorities));
    }
}
