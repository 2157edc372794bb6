using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Memberships;
using Dps.UnitTests.Qualification.Applications;
using ApplicationData = Dps.UnitTests.Qualification.Applications.Applications;

namespace Dps.UnitTests.Qualification.Memberships;

/// <summary>
/// An establishment admitted to SEN (score 68.00) from <see cref="ApplicationData"/>'s application; each test changes only what it is about.
/// </summary>
internal static class Memberships
{
    public const int AuditIntervalMonths = 12;
    public const string Manager = "dps-manager@wscc";

    public static readonly DateOnly AdmittedOn = new(2026, 1, 5);
    public static readonly DateOnly AuditDueOn = new(2027, 1, 5);
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<string> SenPassFailCriteria = [ApplicationData.Insurance, ApplicationData.Ofsted];

    /// <summary>The SEN category of a decided application, admitted with the score its evaluation gives.</summary>
    public static (MembershipApplication Application, CategoryApplication Admitted) AdmittedToSen(CategoryEvaluation? evaluation = null)
    {
        var application = ApplicationData.Decided(sen: evaluation);
        return (application, application.Category(ApplicationData.SenId));
    }

    public static Membership Granted(CategoryEvaluation? evaluation = null)
    {
        var (application, admitted) = AdmittedToSen(evaluation);
        return Membership.Grant(
            ApplicationData.SupplierId, ApplicationData.EstablishmentId, ApplicationData.DpsId, application.Id, admitted, AdmittedOn, AuditIntervalMonths);
    }

    /// <summary>Granted with a core competency score of exactly <paramref name="score"/> (a whole number).</summary>
    public static Membership GrantedWithScore(int score) => Granted(Passing(score));

    public static Membership Suspended(params string[] failedCriteria)
    {
        var membership = Granted();
        Suspend(membership, failedCriteria.Length == 0 ? [ApplicationData.Ofsted] : failedCriteria);
        return membership;
    }

    public static void Suspend(Membership membership, IReadOnlyList<string> failedCriteria) =>
        membership.Suspend(failedCriteria, SenPassFailCriteria, "Ofsted rating fell to Inadequate", Manager, Now);

    /// <summary>Suspended for the criteria given and their answers resubmitted.</summary>
    public static Membership Resubmitted(params string[] failedCriteria)
    {
        var membership = Suspended(failedCriteria);
        membership.ResubmitFailedCriteria(NewAnswersTo(membership.Suspension!.FailedCriteria.ToArray()), Now.AddDays(7));
        return membership;
    }

    public static IReadOnlyList<CriterionAnswer> NewAnswersTo(params string[] codes) =>
        codes.Select(code => new CriterionAnswer(code, $"Resubmitted: how we meet {code} now", [$"evidence/2026/{code}.pdf"])).ToList();

    public static IReadOnlyList<PassFailDecision> Decisions(IReadOnlyList<string> passed, IReadOnlyList<string>? failed = null) =>
        [.. passed.Select(code => new PassFailDecision(code, true, null)), .. (failed ?? []).Select(code => new PassFailDecision(code, false, "Still not met"))];

    private static CategoryEvaluation Passing(int score) => ApplicationData.Passing(ApplicationData.SenCriteria, score, score);
}
