using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Listings.Rules;

namespace Dps.Catalogue.Domain.Listings;

/// <summary>
/// An admitted establishment in one category, as buyers find it: where it is and what it offers. Its membership
/// state comes only from Qualification's events; its profile (needs, features, vacancies) from its supplier.
/// </summary>
public sealed class ListedEstablishment : AggregateRoot
{
    private ListedEstablishment()
    {
    }

    public ListingId Id { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid SupplierId { get; private set; }

    public Guid MembershipId { get; private set; }

    public string Name { get; private set; } = null!;

    public string Postcode { get; private set; } = null!;

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public int Capacity { get; private set; }

    public int Vacancies { get; private set; }

    public decimal Score { get; private set; }

    public ListingStatus Status { get; private set; }

    /// <summary>Codes of the category's needs it can meet.</summary>
    public string[] Needs { get; private set; } = [];

    /// <summary>Codes of the category's features it offers.</summary>
    public string[] Features { get; private set; } = [];

    public DateTimeOffset ListedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When Qualification admitted the current membership.</summary>
    public DateTimeOffset AdmittedAt { get; private set; }

    /// <summary>When the membership event that set <see cref="Status"/> happened; an older event no longer changes it.</summary>
    public DateTimeOffset StatusAsOf { get; private set; }

    /// <summary>When the event that set <see cref="Score"/> happened; an older event no longer changes it.</summary>
    public DateTimeOffset ScoreAsOf { get; private set; }

    public bool IsSearchable => Status == ListingStatus.Active;

    public static ListedEstablishment Admit(ListingSnapshot snapshot, DateTimeOffset now)
    {
        var listing = new ListedEstablishment
        {
            Id = ListingId.New(),
            EstablishmentId = snapshot.EstablishmentId,
            CategoryId = snapshot.CategoryId,
            ListedAt = now,
        };
        listing.Readmit(snapshot, now);
        return listing;
    }

    /// <summary>
    /// Admitted again (e.g. after a removal): the new membership's snapshot replaces the old one; the profile is kept.
    /// An admission older than what the listing already knows is a late delivery, and changes nothing.
    /// </summary>
    public void Readmit(ListingSnapshot snapshot, DateTimeOffset now)
    {
        if (snapshot.AdmittedAt <= StatusAsOf)
        {
            return;
        }

        DpsId = snapshot.DpsId;
        SupplierId = snapshot.SupplierId;
        MembershipId = snapshot.MembershipId;
        Name = snapshot.Name;
        Postcode = snapshot.Postcode;
        Latitude = snapshot.Latitude;
        Longitude = snapshot.Longitude;
        Capacity = snapshot.Capacity;
        Vacancies = Math.Min(Vacancies, snapshot.Capacity);
        Score = snapshot.Score;
        Status = ListingStatus.Active;
        AdmittedAt = StatusAsOf = ScoreAsOf = snapshot.AdmittedAt;
        UpdatedAt = now;
    }

    /// <summary>Suspended across all authorities: it leaves search at once.</summary>
    public void Suspend(MembershipFact fact, DateTimeOffset now) => ChangeStatus(fact, ListingStatus.Suspended, now);

    public void Reinstate(MembershipFact fact, DateTimeOffset now) => ChangeStatus(fact, ListingStatus.Active, now);

    /// <summary>The membership ended; only a new admission lists it again.</summary>
    public void Remove(MembershipFact fact, DateTimeOffset now) => ChangeStatus(fact, ListingStatus.Removed, now);

    public void ChangeScore(MembershipFact fact, decimal score, DateTimeOffset now)
    {
        if (IsNews(fact, ScoreAsOf))
        {
            Score = score;
            ScoreAsOf = fact.OccurredAt;
            UpdatedAt = now;
        }
    }

    /// <summary>The supplier describes what it offers in this category, in the codes of the category's current taxonomy.</summary>
    public void DescribeProfile(
        IReadOnlyList<string> needs,
        IReadOnlyList<string> features,
        int vacancies,
        IReadOnlyCollection<string> taxonomyNeeds,
        IReadOnlyCollection<string> taxonomyFeatures,
        DateTimeOffset now)
    {
        CheckRule(new ProfileCodesMustBeInTheTaxonomyRule("need", needs, taxonomyNeeds));
        CheckRule(new ProfileCodesMustBeInTheTaxonomyRule("feature", features, taxonomyFeatures));
        CheckRule(new VacanciesMustBeWithinCapacityRule(vacancies, Capacity));
        Needs = Canonical(needs, taxonomyNeeds);
        Features = Canonical(features, taxonomyFeatures);
        Vacancies = vacancies;
        UpdatedAt = now;
    }

    /// <summary>The taxonomy's own spelling of each code, once each, in the taxonomy's order.</summary>
    private static string[] Canonical(IReadOnlyList<string> codes, IReadOnlyCollection<string> taxonomyCodes)
    {
        var chosen = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
        return [.. taxonomyCodes.Where(chosen.Contains)];
    }

    private void ChangeStatus(MembershipFact fact, ListingStatus status, DateTimeOffset now)
    {
        if (IsNews(fact, StatusAsOf) && Status != ListingStatus.Removed)
        {
            Status = status;
            StatusAsOf = fact.OccurredAt;
            UpdatedAt = now;
        }
    }

    /// <summary>
    /// Whether the fact should change the listing: it is about the current membership and newer than
    /// <paramref name="asOf"/>. A fact about an earlier membership is old news; one about a later membership means its
    /// admission has not arrived yet, so the event is left for the outbox to deliver again.
    /// </summary>
    private bool IsNews(MembershipFact fact, DateTimeOffset asOf)
    {
        if (fact.MembershipId == MembershipId)
        {
            return fact.OccurredAt > asOf;
        }

        if (fact.OccurredAt < AdmittedAt)
        {
            return false;
        }

        throw new MembershipNotYetListedException(fact.MembershipId, EstablishmentId, CategoryId);
    }
}
