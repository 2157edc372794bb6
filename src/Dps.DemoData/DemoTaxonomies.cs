using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.DemoData;

/// <summary>
/// The needs and features of SET's categories (seed 004: therapies, educational needs, safeguarding; diet, languages),
/// with their default marks. DWP's categories buy through offers and keep empty taxonomies.
/// </summary>
internal static class DemoTaxonomies
{
    private static readonly TaxonomyTerm Halal = new("HALAL", "Halal diet", 2m);
    private static readonly TaxonomyTerm Kosher = new("KOSHER", "Kosher diet", 2m);
    private static readonly TaxonomyTerm Vegetarian = new("VEGETARIAN", "Vegetarian diet", 1m);
    private static readonly TaxonomyTerm GlutenFree = new("GLUTEN_FREE", "Gluten-free diet", 1m);
    private static readonly TaxonomyTerm SignLanguage = new("BSL", "British Sign Language", 2m);
    private static readonly TaxonomyTerm Polish = new("PL", "Polish-speaking staff", 1m);
    private static readonly TaxonomyTerm Arabic = new("AR", "Arabic-speaking staff", 1m);
    private static readonly TaxonomyTerm Semh = new("SEMH", "Social, emotional and mental health", 8m);
    private static readonly TaxonomyTerm Cse = new("CSE", "At risk of child sexual exploitation", 8m);

    public static IReadOnlyList<TaxonomyTerm> Needs(string category) => category switch
    {
        "SEN" =>
        [
            new("ASD", "Autism spectrum condition", 10m),
            new("SLCN", "Speech, language and communication needs", 8m),
            Semh,
            new("MLD", "Moderate learning difficulties", 6m),
            new("SLD", "Severe learning difficulties", 8m),
            new("HI", "Hearing impairment", 6m),
            new("PD", "Physical disability", 6m),
            new("SLT", "Speech and language therapy on site", 5m),
            new("OT", "Occupational therapy on site", 5m),
            new("BOARDING_52", "52-week residential provision", 5m),
        ],
        "Foster care" =>
        [
            new("PARENT_CHILD", "Parent and child placement", 10m),
            new("SIBLINGS", "Sibling group placement", 8m),
            new("STEP_DOWN", "Step-down from residential care", 8m),
            new("DISABILITY", "Children with disabilities", 8m),
            new("UASC", "Unaccompanied asylum-seeking children", 6m),
            Cse,
            new("EMERGENCY", "Same-day emergency placement", 5m),
        ],
        "Residential care" =>
        [
            Semh,
            new("LD", "Learning disabilities", 8m),
            Cse,
            new("CAMHS", "Mental health needs with CAMHS input", 8m),
            new("SOLO", "Solo placement", 6m),
            new("EDUCATION_ON_SITE", "Education on site", 5m),
            new("THERAPY_ON_SITE", "Therapeutic team on site", 5m),
        ],
        _ => [],
    };

    public static IReadOnlyList<TaxonomyTerm> Features(string category) => category switch
    {
        "SEN" => [Halal, Kosher, Vegetarian, GlutenFree, SignLanguage, Polish, new("TRANSPORT", "Home-to-school transport", 2m), new("EQUINE", "Equine therapy", 1m)],
        "Foster care" => [Halal, Kosher, Vegetarian, SignLanguage, Polish, Arabic, new("ONLY_CHILD", "Only child in the home", 2m)],
        "Residential care" => [Halal, Vegetarian, GlutenFree, SignLanguage, new("RURAL", "Rural setting", 1m)],
        _ => [],
    };
}
