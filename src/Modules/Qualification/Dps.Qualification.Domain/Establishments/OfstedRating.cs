namespace Dps.Qualification.Domain.Establishments;

/// <summary>Ofsted's overall judgement of an establishment; the SEN criteria ask for "Requires improvement" or better.</summary>
public enum OfstedRating
{
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}
