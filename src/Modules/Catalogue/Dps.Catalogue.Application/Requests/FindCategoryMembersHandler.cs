using Dps.Catalogue.IntegrationEvents.Requests;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.Requests;

internal sealed class FindCategoryMembersValidator : AbstractValidator<FindCategoryMembers>
{
    public FindCategoryMembersValidator()
    {
        RuleFor(q => q.CategoryId).NotEqual(Guid.Empty);
        RuleFor(q => q.Latitude).InclusiveBetween(-90, 90);
        RuleFor(q => q.Longitude).InclusiveBetween(-180, 180);
        RuleFor(q => q.RadiusMiles).GreaterThanOrEqualTo(0);
    }
}

internal sealed class FindCategoryMembersHandler(ICategoryMembers members) : IRequestHandler<FindCategoryMembers, IReadOnlyList<CategoryMember>>
{
    public Task<IReadOnlyList<CategoryMember>> Handle(FindCategoryMembers query, CancellationToken cancellationToken) =>
        members.FromAsync(query.CategoryId, query.Latitude, query.Longitude, (double)query.RadiusMiles, cancellationToken);
}
