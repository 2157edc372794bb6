using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;

namespace Dps.Referral.Application.DirectPlacements;

/// <summary>The direct placements the actor may see, newest first, optionally of one category or with one reason.</summary>
public sealed record ListDirectPlacements(Guid? CategoryId, string? Reason, int Page, int PageSize)
    : IQuery<Paged<DirectPlacementResponse>>, IPagedQuery;

internal sealed class ListDirectPlacementsValidator : AbstractValidator<ListDirectPlacements>
{
    public ListDirectPlacementsValidator()
    {
        Include(PagingRules.Instance);
        RuleFor(q => q.Reason).MaximumLength(60);
    }
}

internal sealed class ListDirectPlacementsHandler(IReferralDb db, ICurrentActor actor)
    : IRequestHandler<ListDirectPlacements, Paged<DirectPlacementResponse>>
{
    public async Task<Paged<DirectPlacementResponse>> Handle(ListDirectPlacements query, CancellationToken cancellationToken)
    {
        var placements = db.DirectPlacementsVisibleTo(actor);
        if (query.CategoryId is { } categoryId)
        {
            placements = placements.Where(p => p.CategoryId == categoryId);
        }

        if (query.Reason is { } reason)
        {
            placements = placements.Where(p => p.Reason == reason);
        }

        return await placements.OrderByDescending(p => p.PlacedAt).ThenBy(p => p.Id)
            .ToPagedAsync(query, DirectPlacementResponse.From, cancellationToken);
    }
}
