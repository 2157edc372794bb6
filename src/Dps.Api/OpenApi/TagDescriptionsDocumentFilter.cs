using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>Describes each tag the endpoints are grouped by (<c>WithTags</c>), in the order Swagger UI lists them.</summary>
public sealed class TagDescriptionsDocumentFilter : IDocumentFilter
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DPS"] = "Set up a Dynamic Purchasing System, change who takes part in it, its period of validity and when it is closed to new applications.",
        ["Categories"] = "The categories of a DPS that suppliers qualify onto, and the criteria they are assessed against.",
        ["Taxonomy"] = "A category's needs and features, the codes referrals ask for and establishments say they offer.",
        ["Suppliers"] = "The organisations that apply to a DPS, as they register and keep their details up to date.",
        ["Establishments"] = "A supplier's establishments: the homes, schools and services that qualify and are awarded work.",
        ["Establishment profiles"] = "What an establishment offers, in the codes of each category's taxonomy, so that referrals can find it.",
        ["Applications"] = "A supplier's application to join a DPS's categories: drafted, submitted, evaluated and decided.",
        ["Memberships"] = "Admission to a category, and its life after: annual audits, suspension, reinstatement and removal.",
        ["Catalogue search"] = "Search the active establishments of a category near a place.",
        ["Offers"] = "The programmes a supplier offers in a category (DWP), each revision kept as a version.",
        ["Referrals"] = "A buyer's referral for one service user, or business case (DWP), from draft to publication, award or cancellation.",
        ["Invitations"] = "Who a published referral invited to bid, and the invitations they declined.",
        ["Clarifications"] = "Questions suppliers ask the buyer about a referral, answered publicly to every invitee or privately.",
        ["Bids"] = "Invited establishments' bids on a referral, revised or withdrawn until it closes.",
        ["Evaluation"] = "Scoring a closed competition's bids, the parent's or carer's choice, the award and each bid's feedback.",
        ["Offer matching"] = "DWP's business cases matched against the offers in their category: ranked, invited, accepted or declined.",
        ["Direct placements"] = "Services awarded without a competition, with the scheme's reason and the buyer's justification.",
        ["Block bookings"] = "Blocks of places a buyer's authority contracted with an establishment, without a competition, into which service users are placed.",
        ["Contracts"] = "The call-off contracts awards create: delivery, criterion failures, completion and early termination.",
        ["Payments"] = "How a contract is paid: milestone claims under its funding model, or invoiced periods, each verified or rejected.",
        ["Funding models"] = "How the contracts of a category or routeway (DWP) are paid: the share of the price paid at start, at completion and on a job outcome.",
        ["Outcomes"] = "The outcome measures a supplier reports on a completed contract, against the category's measures.",
        ["Performance reviews"] = "The DPS manager's review of an establishment's performance in a category for a review period, which may adjust its core competency score.",
        ["Uplifts"] = "Annual price uplifts agreed centrally for a category's cost lines, which reprice its running contracts.",
        ["Reports"] = "Reports across the DPS: awards benchmarked across the partners, and outcomes against each category's expectation.",
        ["Publications"] = "Award data published each quarter as the regulations require, in OCDS 1.1 or CSV; no token needed.",
        ["Feed"] = "What changed, as the caller may see it, in commit-safe order from a cursor: poll it, or have it pushed by a webhook.",
        ["Webhooks"] = "Feed events pushed to a subscriber's URL, signed, retried and logged, and replayed from a cursor on request.",
        ["Audit"] = "The append-only audit trail of every change, with checks of its hash chains.",
        ["Outbox"] = "Integration events whose delivery between modules was given up on, and their redelivery.",
        ["Sandbox"] = "The platform clock of a sandbox, which may be moved forward to pass deadlines.",
        ["Development"] = "Bearer tokens for any role, to try the API with (Development only).",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = swaggerDoc.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var known = Descriptions.Keys.Where(used.Contains);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            known.Concat(used.Except(Descriptions.Keys).Order(StringComparer.Ordinal))
                .Select(name => new OpenApiTag { Name = name, Description = Descriptions.GetValueOrDefault(name) }));
    }
}
