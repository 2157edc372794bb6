using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers.Rules;

namespace Dps.Catalogue.Domain.Offers;

/// <summary>
/// A supplier's DWP-style offer: one programme in one category. Every revision is a new version; earlier versions
/// stay readable. A withdrawn offer no longer changes.
/// </summary>
public sealed class Offer : AggregateRoot
{
    private Offer()
    {
    }

    public OfferId Id { get; private set; }

    /// <summary>The supplier organisation (Qualification's supplier id) that makes the offer.</summary>
    public Guid SupplierId { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public string ProgrammeName { get; private set; } = null!;

    /// <summary>The programme as one-per-programme compares it (normalised), indexed so a racing duplicate cannot be stored.</summary>
    public string ProgrammeKey { get; private set; } = null!;

    /// <summary>The current version's content.</summary>
    public OfferContent Content { get; private set; } = null!;

    /// <summary>The current content's <see cref="OfferContent.Fingerprint"/>, to recognise generic copies.</summary>
    public string Fingerprint { get; private set; } = null!;

    /// <summary>The number of the current version: 1 when submitted, one more on each revision.</summary>
    public int VersionNumber { get; private set; }

    public OfferStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset RevisedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Every version, oldest first; the last is the current one.</summary>
    public IReadOnlyList<OfferVersion> Versions { get; private set; } = [];

    /// <summary>
    /// Submits version 1 of an offer, from an active member of the DPS's category. <paramref name="supplierOffers"/> are
    /// the supplier's current offers, which the new one must neither duplicate (same category and programme) nor copy
    /// (same content in another category).
    /// </summary>
    public static Offer Submit(
        Guid supplierId,
        Guid dpsId,
        Guid categoryId,
        string programmeName,
        OfferContent content,
        StandingInCategory standing,
        IReadOnlyCollection<SupplierOffer> supplierOffers,
        DateTimeOffset now)
    {
        CheckRule(new OfferCategoryMustBelongToTheDpsRule(dpsId, categoryId, standing));
        CheckRule(new OffersComeOnlyFromActiveMembersRule(categoryId, standing));
        var offer = new Offer
        {
            Id = OfferId.New(),
            SupplierId = supplierId,
            DpsId = dpsId,
            CategoryId = categoryId,
            Status = OfferStatus.Active,
            SubmittedAt = now,
        };
        offer.Record(programmeName, content, supplierOffers, now);
        return offer;
    }

    /// <summary>Records a new version, while the supplier is an active member of the category; the earlier ones are kept.</summary>
    public void Revise(
        string programmeName, OfferContent content, StandingInCategory standing, IReadOnlyCollection<SupplierOffer> supplierOffers, DateTimeOffset now)
    {
        CheckRule(new WithdrawnOfferMustNotChangeRule(Id, Status));
        CheckRule(new OffersComeOnlyFromActiveMembersRule(CategoryId, standing));
        Record(programmeName, content, supplierOffers, now);
    }

    public void Withdraw(DateTimeOffset now)
    {
        CheckRule(new WithdrawnOfferMustNotChangeRule(Id, Status));
        Status = OfferStatus.Withdrawn;
        WithdrawnAt = now;
    }

    private void Record(string programmeName, OfferContent content, IReadOnlyCollection<SupplierOffer> supplierOffers, DateTimeOffset now)
    {
        var name = OfferText.Tidy(programmeName);
        var tidied = content.Tidied();
        var fingerprint = tidied.Fingerprint();
        var others = supplierOffers.Where(o => o.Id != Id).ToList();
        CheckRule(new OneOfferPerCategoryAndProgrammeRule(CategoryId, name, others));
        CheckRule(new OfferMustNotBeGenericRule(CategoryId, fingerprint, others));

        ProgrammeName = name;
        ProgrammeKey = OfferText.Normalise(name);
        Content = tidied;
        Fingerprint = fingerprint;
        VersionNumber++;
        RevisedAt = now;
        Versions = [.. Versions, new OfferVersion(VersionNumber, name, tidied, now)];
    }
}
