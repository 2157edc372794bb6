using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Clarifications.Rules;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.Clarifications;

/// <summary>
/// An invited supplier's question on a referral and the buyer's answer. Who asked is kept for the buyer, the manager and
/// auditors; other invitees read a public answer without it.
/// </summary>
public sealed class Clarification : AggregateRoot
{
    private Clarification()
    {
    }

    public ClarificationId Id { get; private set; }

    public ReferralId ReferralId { get; private set; }

    public Guid AskerSupplierId { get; private set; }

    /// <summary>The invited establishment the question is asked for; null when the supplier asked for none in particular.</summary>
    public Guid? AskerEstablishmentId { get; private set; }

    public string? AskerEstablishmentName { get; private set; }

    public string Question { get; private set; } = null!;

    public DateTimeOffset AskedAt { get; private set; }

    public string? Answer { get; private set; }

    public AnswerVisibility? Visibility { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public static Clarification Ask(
        ReferralCase referral, Guid supplierId, Guid? establishmentId, string? establishmentName, string question, DateTimeOffset now)
    {
        referral.CheckOpenForResponses(now);
        return new Clarification
        {
            Id = ClarificationId.New(),
            ReferralId = referral.Id,
            AskerSupplierId = supplierId,
            AskerEstablishmentId = establishmentId,
            AskerEstablishmentName = establishmentName,
            Question = question,
            AskedAt = now,
        };
    }

    /// <summary>Answers once (<see cref="ClarificationMayBeAnsweredOnceRule"/>), at any time before the referral is finished.</summary>
    public void Reply(ReferralCase referral, string answer, AnswerVisibility visibility, DateTimeOffset now)
    {
        referral.CheckNotFinished();
        CheckRule(new ClarificationMayBeAnsweredOnceRule(AnsweredAt));
        Answer = answer;
        Visibility = visibility;
        AnsweredAt = now;
    }
}
