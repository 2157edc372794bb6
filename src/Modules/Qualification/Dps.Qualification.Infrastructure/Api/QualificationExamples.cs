using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Applications;
using Dps.Qualification.Application.Categories;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Application.Establishments;
using Dps.Qualification.Application.Memberships;
using Dps.Qualification.Application.PurchasingSystems;
using Dps.Qualification.Application.Suppliers;
using ApplicationStatus = Dps.Qualification.Domain.Applications.ApplicationStatus;
using DpsStatus = Dps.Qualification.Domain.PurchasingSystems.DpsStatus;
using MembershipStatus = Dps.Qualification.Domain.Memberships.MembershipStatus;
using OfstedRating = Dps.Qualification.Domain.Establishments.OfstedRating;
using ValidityChangeKind = Dps.Qualification.Domain.PurchasingSystems.ValidityChangeKind;

namespace Dps.Qualification.Infrastructure.Api;

/// <summary>The OpenAPI examples of Qualification's requests and responses, after SET's demo scheme.</summary>
internal sealed class QualificationExamples : ApiExamples
{
    private static readonly DateTimeOffset At = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly Authority WestSussex = new(ExampleIds.WestSussex, "West Sussex County Council");
    private static readonly Authority Kent = new(ExampleIds.Kent, "Kent County Council");
    private static readonly Contact Contact = new("Sam Patel", "sam.patel@oakfield.example", "+44 1403 123456");
    private static readonly CriterionAnswer Answer = new("PF-OFSTED", "Rated Good at our last inspection.", ["ofsted-report-2026.pdf"]);
    private static readonly CoreCost Cost = new("EDUCATION", new Money(350m, "GBP"));
    private static readonly Discounts Discounts = new(5m, 10m);
    private static readonly PassFailDecision Decision = new("PF-OFSTED", true, null);
    private static readonly MethodStatementScore Score = new("MS-WORKFORCE", 4);

    public QualificationExamples()
    {
        AddPurchasingSystems();
        AddSuppliers();
        AddApplications();
        AddMemberships();
    }

    private void AddPurchasingSystems()
    {
        Add(new PurchasingSystemEndpoints.CreateDps(
            "SET-DPS-2027",
            "South East Together — placements for children with SEN",
            WestSussex,
            [WestSussex, Kent],
            new DateOnly(2027, 4, 1),
            new DateOnly(2031, 3, 31)));
        Add(new PurchasingSystemEndpoints.UpdateDpsRequest("South East Together — placements for children with SEN, in foster care and in residential care", [WestSussex, Kent]));
        Add(new DpsResponse(
            ExampleIds.Dps,
            "SET-DPS-2017",
            "South East Together — placements for children with SEN, in foster care and in residential care",
            WestSussex,
            [WestSussex, Kent],
            new DateOnly(2017, 4, 1),
            new DateOnly(2029, 3, 31),
            DpsStatus.Open,
            At,
            1));
        Add(new DpsLifeEndpoints.ValidityChangeRequest(ValidityChangeKind.Extended, new DateOnly(2030, 3, 31), "Extended by a year while the successor is procured."));
        Add(new ValidityChange(ValidityChangeKind.Extended, new DateOnly(2029, 3, 31), new DateOnly(2030, 3, 31), "Extended by a year while the successor is procured.", "dps-manager-dev", At));
        Add(new DpsLifeEndpoints.EntryClosureRequest(new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 31), "Summer re-tender of the criteria."));
        Add(new EntryClosure(ExampleIds.Report, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 31), "Summer re-tender of the criteria.", "dps-manager-dev", At));
        Add(new CategoryEndpoints.CategoryRequest("SEN", "Independent and non-maintained special schools for children with special educational needs."));
        Add(new CategoryResponse(ExampleIds.Category, ExampleIds.Dps, "SEN", "Independent and non-maintained special schools for children with special educational needs.", 1));
        var passFail = new PassFailCriterion("PF-OFSTED", "Ofsted or equivalent rating of Requires improvement or better", "Latest inspection report.");
        var statement = new MethodStatement("MS-WORKFORCE", "Workforce", 100);
        var insurance = new InsuranceRequirement("Public liability", new Money(5_000_000m, "GBP"));
        var line = new CoreCostLine("EDUCATION", "Education");
        Add(new CriteriaEndpoints.CriteriaRequest([passFail], [statement], [insurance], [line], new Money(4_000m, "GBP")));
        Add(new CriteriaResponse(ExampleIds.Category, [passFail], [statement], [insurance], [line], new Money(4_000m, "GBP"), 2));
    }

    private void AddSuppliers()
    {
        Add(new SupplierEndpoints.RegisterSupplier("Oakfield Care Ltd", "01234567", true, Contact));
        Add(new SupplierEndpoints.UpdateSupplierRequest("Oakfield Care Ltd", "01234567", true, Contact));
        Add(new SupplierResponse(ExampleIds.Oakfield, "Oakfield Care Ltd", "01234567", true, Contact, At, 1));
        Add(new EstablishmentEndpoints.EstablishmentRequest(
            "Oakfield School", "1 Church Lane, Horsham, West Sussex", "RH12 1AB", 51.0629, -0.3259, "140001", OfstedRating.Good, 40));
        Add(new EstablishmentResponse(
            ExampleIds.Establishment, ExampleIds.Oakfield, "Oakfield School", "1 Church Lane, Horsham, West Sussex", "RH12 1AB", 51.0629, -0.3259, "140001", OfstedRating.Good, 40, 1));
    }

    private void AddApplications()
    {
        var input = new ApplicationEndpoints.CategoryApplicationInput(ExampleIds.Category, [Answer], [Cost], Discounts);
        Add(new ApplicationEndpoints.DraftApplication(ExampleIds.Establishment, ExampleIds.Dps, [input]));
        Add(new ApplicationEndpoints.ReviseRequest([input]));
        Add(new ApplicationEndpoints.EvaluationRequest(ExampleIds.Category, [Decision], [Score]));
        Add(new ApplicationEndpoints.ExtensionRequest("The Ofsted report is awaited before the decision."));
        Add(new ApplicationResponse(
            ExampleIds.Application,
            ExampleIds.Oakfield,
            ExampleIds.Establishment,
            ExampleIds.Dps,
            ApplicationStatus.Admitted,
            [new CategoryApplication(ExampleIds.Category, [Answer], [Cost], Discounts, new CategoryEvaluation([Decision], [Score]), new CategoryOutcome(true, [], 80m))],
            new DateOnly(2027, 1, 15),
            new DateOnly(2027, 2, 12),
            null,
            false,
            At,
            At.AddDays(20),
            4));
    }

    private void AddMemberships()
    {
        const string reason = "Ofsted rated the establishment Inadequate.";
        Add(new MembershipEndpoints.SuspensionRequest(["PF-OFSTED"], reason));
        Add(new MembershipEndpoints.ResubmissionRequest([Answer]));
        Add(new MembershipEndpoints.ReEvaluationRequest([Decision]));
        Add(new MembershipEndpoints.RemovalRequest("The supplier no longer meets the exclusion grounds."));
        Add(new MembershipEndpoints.AuditRequest(new DateOnly(2027, 1, 15), true, "Annual audit: all pass/fail criteria still met."));
        Add(new MembershipEndpoints.ScoreAdjustmentRequest(-5m, "Contract performance review for the autumn term."));
        Add(new MembershipEndpoints.SuspensionConfirmation(ExampleIds.SuspensionRequest));
        Add(new MembershipEndpoints.SuspensionDismissal(ExampleIds.SuspensionRequest, "The evidence concerns another establishment."));
        Add(new MembershipResponse(
            ExampleIds.Membership,
            ExampleIds.Downsview,
            ExampleIds.Establishment,
            ExampleIds.Dps,
            ExampleIds.Category,
            ExampleIds.Application,
            MembershipStatus.Suspended,
            82m,
            [Cost],
            Discounts,
            new DateOnly(2026, 9, 1),
            new DateOnly(2027, 9, 1),
            false,
            new Suspension(["PF-OFSTED"], reason, "dps-manager-dev", At),
            new Resubmission([Answer], At.AddDays(30)),
            [new MembershipAudit(new DateOnly(2026, 9, 1), true, null, "dps-manager-dev")],
            [],
            [],
            null,
            3));
    }
}
