using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Listings.Rules;

internal sealed class VacanciesMustBeWithinCapacityRule(int vacancies, int capacity) : IBusinessRule
{
    public string Message => $"Vacancies must be between 0 and the establishment's capacity of {capacity}; {vacancies} given.";

    public bool IsBroken() => vacancies < 0 || vacancies > capacity;
}
