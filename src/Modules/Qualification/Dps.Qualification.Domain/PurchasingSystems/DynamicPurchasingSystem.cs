using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Categories.Criteria;
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

    /// <summary>
    /// The ids of the authorities that take part (the lead among them), in order: a column of their own, so that the
    /// DPSs a buyer's authority takes part in are found by a query.
    /// </summary>
    public Guid[] AuthorityIds { get; private set; } = [];

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ValidityChange> ValidityChanges { get; private set; } = [];

    public IReadOnlyList<EntryClosure> EntryClosures { get; private set; } = [];

    private bool IsTerminated => ValidityChanges.Any(c => c.Kind == ValidityChangeKind.Terminated);

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
        var dps = new DynamicPurchasingSystem
        {
            Id = DpsId.New(),
            Reference = reference,
            Title = title,
            LeadAuthority = leadAuthority,
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            CreatedAt = now,
        };
        dps.TakeParticipants(participatingAuthorities);
        return dps;
    }

    public void Update(string title, IReadOnlyList<Authority> participatingAuthorities)
    {
        CheckAuthorities(LeadAuthority, participatingAuthorities);
        Title = title;
        TakeParticipants(participatingAuthorities);
    }

    public Category AddCategory(
        string name,
        string? description,
        IReadOnlyCollection<string> existingCategoryNames,
        IReadOnlyList<CoreCostLine> defaultCoreCostLines,
        DateOnly today)
    {
        CheckRule(new CategoriesCanOnlyBeAddedWhileDpsIsValidRule(ValidUntil, today));
        CheckRule(new CategoryNameMustBeUniqueWithinDpsRule(name, existingCategoryNames));
        return Category.Create(Id, name, description, defaultCoreCostLines);
    }

    public DpsStatus StatusOn(DateOnly day) => day switch
    {
        _ when IsTerminated && day > ValidUntil => DpsStatus.Terminated,
        _ when day > ValidUntil => DpsStatus.Expired,
        _ when day < ValidFrom => DpsStatus.NotYetOpen,
        _ when EntryClosures.Any(c => c.Covers(day)) => DpsStatus.ClosedToNewApplications,
        _ => DpsStatus.Open,
    };

    /// <summary>Extends or shortens the period of validity, or terminates the DPS; each change is recorded with its reason.</summary>
    public void ChangeValidity(ValidityChangeKind kind, DateOnly? newValidUntil, string reason, string changedBy, DateOnly today, DateTimeOffset now)
    {
        CheckRule(new TerminatedDpsCannotChangeRule(IsTerminated));
        var end = kind == ValidityChangeKind.Terminated ? newValidUntil ?? today : newValidUntil!.Value;
        CheckRule(kind == ValidityChangeKind.Extended
            ? new ExtensionMustEndLaterRule(ValidUntil, end)
            : new ShorteningMustEndEarlierRule(ValidUntil, end));
        CheckRule(new ValidityCannotEndInThePastRule(end, today));
        CheckRule(new DpsValidityMustEndAfterItStartsRule(ValidFrom, end));
        ValidityChanges = [.. ValidityChanges, new ValidityChange(kind, ValidUntil, end, reason, changedBy, now)];
        ValidUntil = end;
    }

    /// <summary>Closes the DPS to new applications for a stated period; it reopens by itself.</summary>
    public EntryClosure CloseToNewApplications(DateOnly closedFrom, DateOnly reopensOn, string reason, string recordedBy, DateOnly today, DateTimeOffset now)
    {
        CheckRule(new TerminatedDpsCannotChangeRule(IsTerminated));
        CheckRule(new EntryClosureMustEndAfterItStartsRule(closedFrom, reopensOn));
        CheckRule(new EntryClosureCannotStartInThePastRule(closedFrom, today));
        var closure = new EntryClosure(Guid.CreateVersion7(now), closedFrom, reopensOn, reason, recordedBy, now);
        CheckRule(new EntryClosuresMustNotOverlapRule(closure, EntryClosures));
        EntryClosures = [.. EntryClosures, closure];
        return closure;
    }

    /// <summary>Renaming an authority changes no one's access, so only a change of ids is announced.</summary>
    private void TakeParticipants(IReadOnlyList<Authority> participatingAuthorities)
    {
        ParticipatingAuthorities = participatingAuthorities;
        Guid[] authorityIds = [.. participatingAuthorities.Select(a => a.Id).Order()];
        if (!authorityIds.ToHashSet().SetEquals(AuthorityIds))
        {
            AuthorityIds = authorityIds;
            Raise(new DpsParticipantsChanged(Id, authorityIds));
        }
    }

    private static void CheckAuthorities(Authority leadAuthority, IReadOnlyList<Authority> participatingAuthorities)
    {
        CheckRule(new ParticipatingAuthoritiesMustBeDistinctRule(participatingAuthorities));
        CheckRule(new LeadAuthorityMustParticipateRule(leadAuthority, participatingAuthorities));
    }
}
