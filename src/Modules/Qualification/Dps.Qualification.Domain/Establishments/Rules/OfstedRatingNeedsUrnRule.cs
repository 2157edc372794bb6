using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Establishments.Rules;

/// <summary>An Ofsted rating is only evidence when the inspected establishment is named by its unique reference number.</summary>
internal sealed class OfstedRatingNeedsUrnRule(string? ofstedUrn, OfstedRating? ofstedRating) : IBusinessRule
{
    public string Message => $"An Ofsted rating ({ofstedRating}) needs the establishment's Ofsted URN.";

    public bool IsBroken() => ofstedRating is not null && string.IsNullOrWhiteSpace(ofstedUrn);
}
