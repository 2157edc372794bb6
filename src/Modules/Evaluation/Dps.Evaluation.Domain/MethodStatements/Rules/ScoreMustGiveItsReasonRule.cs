using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.MethodStatements.Rules;

/// <summary>A moderated score, and any score that replaces an earlier one, says why: the trail shows every change and its reason.</summary>
internal sealed class ScoreMustGiveItsReasonRule(ScoreKind kind, bool replacesEarlier, string? reason) : IBusinessRule
{
    public string Message => kind == ScoreKind.Moderated
        ? "A moderated score needs its reason."
        : "This evaluator has already scored the bid: a changed score needs its reason.";

    public bool IsBroken() => (kind == ScoreKind.Moderated || replacesEarlier) && string.IsNullOrWhiteSpace(reason);
}
