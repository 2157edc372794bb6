namespace Dps.Evaluation.Domain.MethodStatements;

/// <summary>
/// The score that counts for each bid's method statement: the latest moderated entry; without one, the latest entry of
/// the only evaluator who scored it. A bid scored by several evaluators and not yet moderated has none: it awaits the
/// buyer's moderated score.
/// </summary>
internal static class EffectiveScores
{
    public static IReadOnlyDictionary<Guid, decimal> Of(IEnumerable<MethodStatementScore> entries) =>
        entries.GroupBy(e => e.BidId)
            .Select(bid => (bid.Key, Score: Effective([.. bid.OrderBy(e => e.RecordedAt).ThenBy(e => e.Id.Value)])))
            .Where(b => b.Score is not null)
            .ToDictionary(b => b.Key, b => b.Score!.Value);

    private static decimal? Effective(IReadOnlyList<MethodStatementScore> entries)
    {
        var moderated = entries.LastOrDefault(e => e.Kind == ScoreKind.Moderated);
        if (moderated is not null)
        {
            return moderated.Score;
        }

        var individual = entries.Where(e => e.Kind == ScoreKind.Individual).ToList();
        return individual.Select(e => e.EvaluatorId).Distinct(StringComparer.Ordinal).Count() == 1 ? individual[^1].Score : null;
    }
}
