using Dps.Qualification.Application.Memberships;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Requests;

/// <summary>
/// The latest membership: at most one is not removed, and a removed one is only ever followed by a new admission, so
/// the one admitted last is the current one.
/// </summary>
internal sealed class FindQualifiedTermsHandler(IQualificationDb db, IOptions<QualificationScheme> scheme) : IRequestHandler<FindQualifiedTerms, QualifiedTerms?>
{
    public async Task<QualifiedTerms?> Handle(FindQualifiedTerms query, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.EstablishmentId == EstablishmentId.From(query.EstablishmentId) && m.CategoryId == CategoryId.From(query.CategoryId))
            .OrderByDescending(m => m.AdmittedOn).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return membership is null
            ? null
            : new QualifiedTerms(
                membership.Id.Value,
                membership.EstablishmentId.Value,
                membership.SupplierId.Value,
                membership.CategoryId.Value,
                Standing(membership.Status),
                QualifiedCoreCosts.Of(membership),
                membership.Discounts.CohortPercent,
                membership.Discounts.SiblingPercent,
                membership.CoreCompetencyScore,
                scheme.Value.Currency);
    }

    /// <summary>Spelt out, so that renaming a status cannot change the contract.</summary>
    private static string Standing(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => "Active",
        MembershipStatus.Suspended => "Suspended",
        MembershipStatus.Removed => "Removed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A membership status the contract does not name."),
    };
}
