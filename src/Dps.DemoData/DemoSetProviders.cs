using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.DemoData;

/// <summary>
/// SET's demo suppliers around Sussex: Oakfield's application waits for evaluation; the others are admitted, with
/// profiles buyers can search, except Harbourside School, suspended for its Ofsted rating.
/// </summary>
public static class DemoSetProviders
{
    public const string Reference = "SET-DPS-2017";

    public static readonly Guid OakfieldId = Guid.Parse("0a4f0000-0000-4000-8000-000000000001");

    internal static readonly IReadOnlyList<DemoProvider> All =
    [
        Provider(OakfieldId, "Oakfield Care Ltd", "01234567", isSme: true, new Contact("Sam Patel", "sam.patel@oakfield.example", "+44 1403 123456"),
            new DemoEstablishment("Oakfield School", "1 Church Lane, Horsham, West Sussex", "RH12 1AB", 51.0629, -0.3259, 40, "140001", OfstedRating.Good, DemoStage.Submitted, 0,
                [new("SEN", ["ASD", "SEMH"], ["HALAL"], 2)])),
        Provider(Id(2), "Downsview Education Trust", "08123456", isSme: false, new Contact("Ruth Ellis", "admissions@downsview.example", "+44 1273 555010"),
            new("Downsview School", "Ditchling Road, Brighton", "BN1 6SB", 50.8447, -0.1317, 60, "140002", OfstedRating.Outstanding, DemoStage.Admitted, 82,
                [new("SEN", ["ASD", "SLCN", "SLT", "OT"], ["HALAL", "VEGETARIAN", "TRANSPORT"], 4)]),
            new("Ashdown Lodge School", "Hartfield Road, Forest Row", "RH18 5DZ", 51.0930, 0.0330, 36, "140003", OfstedRating.Good, DemoStage.Admitted, 74,
                [new("SEN", ["ASD", "SEMH", "BOARDING_52"], ["GLUTEN_FREE", "EQUINE"], 2)])),
        Provider(Id(3), "Weald Children's Services Ltd", "09234567", isSme: true, new Contact("Tom Hughes", "referrals@weald.example", "+44 1444 555020"),
            new("Weald House", "Butler's Green Road, Haywards Heath", "RH16 4BE", 51.0040, -0.1130, 8, "140004", OfstedRating.Good, DemoStage.Admitted, 69,
                [
                    new("SEN", ["SEMH", "MLD"], ["HALAL"], 1),
                    new("Residential care", ["SEMH", "CSE", "EDUCATION_ON_SITE", "THERAPY_ON_SITE"], ["HALAL", "RURAL"], 1),
                ]),
            new("Chichester Park School", "College Lane, Chichester", "PO19 6PQ", 50.8430, -0.7740, 45, "140005", OfstedRating.RequiresImprovement, DemoStage.Admitted, 61,
                [new("SEN", ["MLD", "SLD", "PD", "HI"], ["BSL", "KOSHER"], 5)])),
        Provider(Id(4), "Southdown Fostering CIC", "10345678", isSme: true, new Contact("Amira Khan", "placements@southdown.example", "+44 1903 555030"),
            new("Southdown Fostering Worthing", "Chapel Road, Worthing", "BN11 1HL", 50.8150, -0.3720, 30, "140006", OfstedRating.Good, DemoStage.Admitted, 77,
                [new("Foster care", ["PARENT_CHILD", "SIBLINGS", "EMERGENCY", "UASC"], ["HALAL", "AR", "PL"], 6)]),
            new("Southdown Fostering Lewes", "High Street, Lewes", "BN7 1XE", 50.8740, 0.0080, 20, "140007", OfstedRating.Outstanding, DemoStage.Admitted, 80,
                [new("Foster care", ["STEP_DOWN", "DISABILITY", "CSE"], ["BSL", "ONLY_CHILD"], 3)])),
        Provider(Id(5), "Harbourside Learning Ltd", "11456789", isSme: true, new Contact("Joe Marsh", "office@harbourside.example", "+44 1273 555040"),
            new DemoEstablishment("Harbourside School", "Brighton Road, Shoreham-by-Sea", "BN43 5LT", 50.8320, -0.2700, 30, "140008", OfstedRating.Good, DemoStage.Suspended, 66,
                [new("SEN", ["ASD", "SLCN"], ["HALAL"], 3)])),
        Provider(Id(6), "Medway Valley Care Ltd", "12567890", isSme: false, new Contact("Lucy Grant", "admissions@medwayvalley.example", "+44 1622 555050"),
            new DemoEstablishment("Medway Valley School", "London Road, Maidstone", "ME16 8AE", 51.2780, 0.5060, 50, "140009", OfstedRating.Good, DemoStage.Admitted, 71,
                [new("SEN", ["ASD", "SEMH", "SLT"], ["HALAL", "TRANSPORT"], 3)])),
    ];

    private static Guid Id(int number) => Guid.Parse($"0a4f0000-0000-4000-8000-{number:D12}");

    private static DemoProvider Provider(Guid id, string name, string companyNumber, bool isSme, Contact contact, params DemoEstablishment[] establishments) =>
        new(id, Reference, name, companyNumber, isSme, contact, establishments, []);
}
