using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Application.Paging;

public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>A page of a list already in memory (e.g. an aggregate's history).</summary>
    public static Paged<T> Of(IReadOnlyList<T> all, IPagedQuery query) =>
        new(all.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), query.Page, query.PageSize, all.Count);

    /// <summary>
    /// A page of several sources' lists merged, newest first: each source gave its newest <c>Page × PageSize</c> items
    /// (enough for the page whatever the others hold), and <paramref name="total"/> is the sum of their counts.
    /// </summary>
    public static Paged<T> OfNewest<TKey>(IEnumerable<T> newestOfEachSource, int total, IPagedQuery query, Func<T, TKey> newness) =>
        new(newestOfEachSource.OrderByDescending(newness).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), query.Page, query.PageSize, total);
}

public static class PagingDefaults
{
    public const int PageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any real list, and low enough that the offset of its last item fits an int.</summary>
    public const int MaxPage = 1_000_000;
}

/// <summary>Included by the validator of every paged query.</summary>
public sealed class PagingRules : AbstractValidator<IPagedQuery>
{
    public static readonly PagingRules Instance = new();

    private PagingRules()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, PagingDefaults.MaxPage);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagingDefaults.MaxPageSize);
    }
}

public static class PagingExtensions
{
    /// <summary>Pages an already ordered query.</summary>
    public static async Task<Paged<TResult>> ToPagedAsync<TEntity, TResult>(
        this IQueryable<TEntity> ordered,
        IPagedQuery query,
        Func<TEntity, TResult> map,
        CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new Paged<TResult>(items.Select(map).ToList(), query.Page, query.PageSize, total);
    }
}
