namespace Dps.BuildingBlocks.Application.Contracts;

/// <summary>
/// A record of the HTTP contract that a command takes as the domain record <typeparamref name="TDomain"/>. Contract
/// records are named as the domain records they mirror, so their OpenAPI schemas keep the names clients know.
/// </summary>
public interface IRequestContract<out TDomain>
    where TDomain : class
{
    TDomain ToDomain();
}

public static class RequestContracts
{
    /// <summary>
    /// Each item as its domain record. A request is mapped before the command's validator runs, so a list or an item
    /// the client left out stays null, for the validator to refuse just as it refused the body before.
    /// </summary>
    public static IReadOnlyList<TDomain> ToDomain<TDomain>(this IReadOnlyList<IRequestContract<TDomain>>? items)
        where TDomain : class =>
        items?.Select(item => item?.ToDomain()!).ToList()!;
}
