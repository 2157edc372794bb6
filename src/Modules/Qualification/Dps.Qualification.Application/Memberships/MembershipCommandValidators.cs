using FluentValidation;

namespace Dps.Qualification.Application.Memberships;

internal static class MembershipText
{
    public const int MaxReasonLength = 4000;
}

internal sealed class SuspendMembershipValidator : AbstractValidator<SuspendMembership>
{
    public SuspendMembershipValidator()
    {
        RuleFor(c => c.FailedCriteria).NotEmpty()
            .Must(codes => codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Count).WithMessage("Name each failed criterion once.");
        RuleForEach(c => c.FailedCriteria).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipText.MaxReasonLength);
    }
}

internal sealed class ResubmitForReinstatementValidator : AbstractValidator<ResubmitForReinstatement>
{
    public ResubmitForReinstatementValidator()
    {
        RuleFor(c => c.Answers).NotEmpty();
        RuleForEach(c => c.Answers).NotNull().ChildRules(answer =>
        {
            answer.RuleFor(a => a.CriterionCode).NotEmpty();
            answer.RuleFor(a => a.Response).NotEmpty().MaximumLength(20_000);
            answer.RuleFor(a => a.EvidenceReferences).NotNull();
        });
    }
}

internal sealed class ReEvaluateReinstatementValidator : AbstractValidator<ReEvaluateReinstatement>
{
    public ReEvaluateReinstatementValidator()
    {
        RuleFor(c => c.Decisions).NotEmpty();
        RuleForEach(c => c.Decisions).NotNull().ChildRules(decision => decision.RuleFor(d => d.CriterionCode).NotEmpty());
    }
}

internal sealed class RemoveMembershipValidator : AbstractValidator<RemoveMembership>
{
    public RemoveMembershipValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipText.MaxReasonLength);
}

internal sealed class RecordMembershipAuditValidator : AbstractValidator<RecordMembershipAudit>
{
    public RecordMembershipAuditValidator()
    {
        RuleFor(c => c.AuditedOn).NotNull();
        RuleFor(c => c.Notes).MaximumLength(MembershipText.MaxReasonLength);
    }
}

internal sealed class AdjustCoreCompetencyScoreValidator : AbstractValidator<AdjustCoreCompetencyScore>
{
    public AdjustCoreCompetencyScoreValidator()
    {
        RuleFor(c => c.Adjustment).NotEqual(0m).WithMessage("'Adjustment' must move the score up or down.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipText.MaxReasonLength);
    }
}
