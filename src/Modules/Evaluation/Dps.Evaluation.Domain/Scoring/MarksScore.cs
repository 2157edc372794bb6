namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// Needs or features: the marks of those the bid meets over the marks of all of them, times the weight; the whole weight
/// when there are no marks to earn. Codes match whatever their case; <see cref="Met"/> and <see cref="NotMet"/> keep the
/// referral's order and spelling.
/// </summary>
public sealed record MarksScore(decimal MarksMet, decimal MarksTotal, decimal Weight, decimal Points, IReadOnlyList<string> Met, IReadOnlyList<string> NotMet)
{
    public static MarksScore Of(IReadOnlyList<(string Code, decimal Mark)> marked, IReadOnlyCollection<string> codesMet, decimal weight)
    {
        var offered = new HashSet<string>(codesMet, StringComparer.OrdinalIgnoreCase);
        var met = marked.Where(m => offered.Contains(m.Code)).ToList();
        var marksMet = met.Sum(m => m.Mark);
        var marksTotal = marked.Sum(m => m.Mark);
        var points = marksTotal == 0m ? weight : weight * marksMet / marksTotal;
        return new MarksScore(
            marksMet,
            marksTotal,
            weight,
            points,
            met.Select(m => m.Code).ToList(),
            marked.Where(m => !offered.Contains(m.Code)).Select(m => m.Code).ToList());
    }
}
