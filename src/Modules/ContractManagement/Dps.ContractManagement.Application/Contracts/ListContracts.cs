using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>Contracts the actor may see, newest award first, optionally of one category, supplier or status.</summary>
public sealed record ListContracts(Guid? CategoryId, Guid? SupplierId, ContractStatus? Status, int Page, int PageSize)
    : IQuery<Paged<ContractResponse>>, IPagedQuery;

internal sealed class ListContractsValidator : AbstractValidator<ListContracts>
{
    public ListContractsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListContractsHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<ListContracts, Paged<ContractResponse>>
{
    public async Task<Paged<ContractResponse>> Handle(ListContracts query, CancellationToken cancellationToken)
    {
        var contracts = db.VisibleTo(actor);
        if (query.CategoryId is { } categoryId)
        {
            contracts = contracts.Where(c => c.CategoryId == categoryId);
        }

        if (query.SupplierId is { } supplierId)
        {
            contracts = contracts.Where(c => c.SupplierId == supplierId);
        }

        if (query.Status is { } status)
        {
            contracts = contracts.Where(c => c.Status == status);
        }

        var total = await contracts.CountAsync(cancellationToken);
        var page = await contracts.OrderByDescending(c => c.AwardedAt).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<ContractResponse>([.. page.Select(ContractResponse.From)], query.Page, query.PageSize, total);
    }
}
