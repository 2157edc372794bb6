using Dps.Referral.Domain.Invitations;

namespace Dps.Referral.Application.Invitations;

/// <summary>
/// Writes a round's eligibility decisions, one per member of the category, in the command's transaction. There can be
/// tens of thousands, so they are written in one statement rather than tracked one by one.
/// </summary>
public interface IEligibilityLedger
{
    Task RecordAsync(IReadOnlyList<EligibilityDecision> decisions, CancellationToken cancellationToken);
}
