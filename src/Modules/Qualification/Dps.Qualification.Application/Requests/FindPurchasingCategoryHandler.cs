using Dps.Qualification.Domain.Categories;
using Dps.Qualification.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Requests;

internal sealed class FindPurchasingCategoryHandler(IQualificationDb db, IOptions<QualificationScheme> scheme)
    : IRequestHandler<FindPurchasingCategory, PurchasingCategory?>
{
    public async Task<PurchasingCategory?> Handle(FindPurchasingCategory query, CancellationToken cancellationToken)
    {
        var found = await (
                from category in db.Categories.AsNoTracking()
                join dps in db.PurchasingSystems.AsNoTracking() on category.DpsId equals dps.Id
                where category.Id == CategoryId.From(query.CategoryId)
                select new { category.Name, DpsId = dps.Id, dps.Reference, dps.AuthorityIds })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new PurchasingCategory(query.CategoryId, found.Name, found.DpsId.Value, found.Reference, found.AuthorityIds, scheme.Value.Currency);
    }
}
