using System.Linq.Expressions;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.Clarifications;

/// <summary>
/// What one reader sees of a referral's questions: its buyers, the manager and auditors every question with who asked;
/// an invited supplier its own questions and every publicly answered one, without who asked it.
/// </summary>
internal sealed record QuestionReader(bool ReadsAll, Guid? SupplierId)
{
    public static QuestionReader Of(ICurrentActor actor, ReferralCase referral) =>
        actor.ReadsAllOf(referral) ? new(true, null) : new(false, actor.OwnSupplierId());

    public Expression<Func<Clarification, bool>> MaySee =>
        c => ReadsAll || c.AskerSupplierId == SupplierId || c.Visibility == AnswerVisibility.Public;

    public ClarificationResponse Show(Clarification clarification)
    {
        var own = clarification.AskerSupplierId == SupplierId;
        return ClarificationResponse.From(clarification, namesAsker: ReadsAll || own, askedByReader: own);
    }
}
