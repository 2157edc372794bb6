using Dps.Qualification.Domain.Suppliers;
using Dps.Qualification.Domain.Establishments;
using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Memberships.Rules;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Domain.Memberships;

/// <summary>
/// An establishment admitted to a category: active or suspended (across all authorities), re-audited yearly,
/// with a core competency score adjusted from performance. Only the DPS manager suspends; no authority can exclude.
/// </summary>
public sealed class Membership : AggregateRoot
{
    private Membership()
    {
    }

    public MembershipId Id { get; private set; }

    public SupplierId SupplierId { get; private set; }

    public EstablishmentId EstablishmentId { get; private set; }

    public DpsId DpsId { get; private set; }

    public CategoryId CategoryId { get; private set; }

    public MembershipApplicationId ApplicationId { get; private set; }

    public MembershipStatus Status { get; private set; }

    public decimal CoreCompetencyScore { get; private set; }

    /// <summary>The answers the admission rests on; a reinstatement replaces only those of the failed criteria.</summary>
    public IReadOnlyList<CriterionAnswer> Answers { get; private set; } = [];

    public IReadOnlyList<CoreCost> CoreCosts { get; private set; } = [];

    public Discounts Discounts { get; private set; } = Discounts.None;

    public DateOnly AdmittedOn { get; private set; }

    public DateOnly AuditDueOn { get; private set; }

    public Suspension? Suspension { get; private set; }

    public Resubmission? Resubmission { get; private set; }

    public IReadOnlyList<MembershipAudit> Audits { get; private set; } = [];

    public IReadOnlyList<ScoreAdjustment> ScoreAdjustments { get; private set; } = [];

    /// <summary>Evidence from contract management of failed pass/fail criteria, for the manager to confirm or dismiss.</summary>
    public IReadOnlyList<RequestedSuspension> RequestedSuspensions { get; private set; } = [];

    public string? RemovalReason { get; private set; }

    public static Membership Grant(
        SupplierId supplierId, EstablishmentId establishmentId, DpsId dpsId, MembershipApplicationId applicationId, CategoryApplication admitted, DateOnly today, int auditIntervalMonths)
    {
        var membership = new Membership
        {
            Id = MembershipId.New(),
            SupplierId = supplierId,
            EstablishmentId = establishmentId,
            DpsId = dpsId,
            CategoryId = CategoryId.From(admitted.CategoryId),
            ApplicationId = applicationId,
            Status = MembershipStatus.Active,
            CoreCompetencyScore = admitted.Outcome!.CoreCompetencyScore!.Value,
            Answers = admitted.Answers,
            CoreCosts = admitted.CoreCosts,
            Discounts = admitted.Discounts,
            AdmittedOn = today,
            AuditDueOn = today.AddMonths(auditIntervalMonths),
        };
        membership.Raise(new MembershipGranted(membership.Id));
        return membership;
    }

    public bool IsAuditOverdueOn(DateOnly today) => Status != MembershipStatus.Removed && AuditDueOn < today;

    public void Suspend(IReadOnlyList<string> failedCriteria, IReadOnlyList<string> categoryPassFailCriteria, string reason, string suspendedBy, DateTimeOffset now)
    {
        CheckRule(new MembershipMustBeActiveToSuspendRule(Status));
        CheckRule(new SuspensionMustNameFailedPassFailCriteriaRule(failedCriteria, categoryPassFailCriteria));
        Status = MembershipStatus.Suspended;
        Suspension = new Suspension(failedCriteria, reason, suspendedBy, now);
        Raise(new MembershipSuspended(Id, failedCriteria, reason));
    }

    /// <summary>The supplier answers the failed criteria again, and only those.</summary>
    public void ResubmitFailedCriteria(IReadOnlyList<CriterionAnswer> answers, DateTimeOffset now)
    {
        CheckRule(new MembershipMustBeSuspendedForReinstatementRule(Status));
        CheckRule(new ResubmissionMustAnswerExactlyTheFailedCriteriaRule(Suspension!.FailedCriteria, answers.Select(a => a.CriterionCode).ToList()));
        Resubmission = new Resubmission(answers, now);
    }

    /// <summary>
    /// The manager re-evaluates only the failed criteria; the new answers of those that pass replace the old ones. If all
    /// now pass the member is reinstated with everything else kept; otherwise it stays suspended for the criteria still failing.
    /// </summary>
    public void ReEvaluate(IReadOnlyList<PassFailDecision> decisions, string evaluatedBy, DateTimeOffset now)
    {
        CheckRule(new MembershipMustBeSuspendedForReinstatementRule(Status));
        CheckRule(new ReinstatementNeedsAResubmissionRule(Resubmission));
        CheckRule(new ReEvaluationMustDecideExactlyTheFailedCriteriaRule(Suspension!.FailedCriteria, decisions.Select(d => d.CriterionCode).ToList()));
        var stillFailing = decisions.Where(d => !d.Passed).Select(d => d.CriterionCode).ToList();
        var passed = decisions.Where(d => d.Passed).Select(d => d.CriterionCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Answers = [.. Answers.Where(a => !passed.Contains(a.CriterionCode)), .. Resubmission!.Answers.Where(a => passed.Contains(a.CriterionCode))];
        if (stillFailing.Count > 0)
        {
            Suspension = Suspension with { FailedCriteria = stillFailing };
            Resubmission = null;
            return;
        }

        Status = MembershipStatus.Active;
        Suspension = null;
        Resubmission = null;
        Raise(new MembershipReinstated(Id));
    }

    /// <summary>Removal at the supplier's request (or the manager's); final.</summary>
    public void Remove(string reason)
    {
        CheckRule(new RemovedMembershipCannotChangeRule(Status));
        Status = MembershipStatus.Removed;
        RemovalReason = reason;
        Raise(new MembershipRemoved(Id, reason));
    }

    public void RecordAudit(DateOnly auditedOn, bool passed, string? notes, string recordedBy, DateOnly today, int auditIntervalMonths)
    {
        CheckRule(new RemovedMembershipCannotChangeRule(Status));
        CheckRule(new AuditCannotBeDatedInTheFutureRule(auditedOn, today));
        CheckRule(new AuditMustNotPrecedeTheLastAuditRule(auditedOn, Audits));
        Audits = [.. Audits, new MembershipAudit(auditedOn, passed, notes, recordedBy)];
        AuditDueOn = auditedOn.AddMonths(auditIntervalMonths);
    }

    public void AdjustScore(decimal adjustment, string reason, string adjustedBy, DateTimeOffset now)
    {
        CheckRule(new RemovedMembershipCannotChangeRule(Status));
        CheckRule(new CoreCompetencyScoreMustStayWithin0To100Rule(CoreCompetencyScore, adjustment));
        var previous = CoreCompetencyScore;
        CoreCompetencyScore = previous + adjustment;
        ScoreAdjustments = [.. ScoreAdjustments, new ScoreAdjustment(previous, CoreCompetencyScore, reason, adjustedBy, now)];
        Raise(new CoreCompetencyScoreChanged(Id, previous, CoreCompetencyScore, reason));
    }

    /// <summary>Records a suspension request from contract management; the same request twice is recorded once.</summary>
    public void RequestSuspension(RequestedSuspension request)
    {
        if (Status == MembershipStatus.Removed || RequestedSuspensions.Any(r => r.RequestId == request.RequestId))
        {
            return;
        }

        RequestedSuspensions = [.. RequestedSuspensions, request];
    }

    /// <summary>The manager confirms a pending request: the member is suspended for its criterion, with its evidence as the reason.</summary>
    public void ConfirmRequestedSuspension(
        RequestedSuspension request, IReadOnlyList<string> categoryPassFailCriteria, string confirmedBy, DateTimeOffset now)
    {
        CheckRule(new RequestedSuspensionMustBePendingRule(request));
        Suspend([request.CriterionCode], categoryPassFailCriteria, $"{request.Evidence} (reference {request.Reference})", confirmedBy, now);
        Decide(request with { Outcome = RequestedSuspensionOutcome.Confirmed, DecidedBy = confirmedBy, DecidedAt = now });
    }

    public void DismissRequestedSuspension(RequestedSuspension request, string reason, string dismissedBy, DateTimeOffset now)
    {
        CheckRule(new RemovedMembershipCannotChangeRule(Status));
        CheckRule(new RequestedSuspensionMustBePendingRule(request));
        Decide(request with { Outcome = RequestedSuspensionOutcome.Dismissed, DecidedBy = dismissedBy, DecidedAt = now, DismissalReason = reason });
    }

    private void Decide(RequestedSuspension decided) =>
        RequestedSuspensions = [.. RequestedSuspensions.Select(r => r.RequestId == decided.RequestId ? decided : r)];
}
