namespace Dps.BuildingBlocks.Domain;

/// <summary>A strongly typed identifier over a <see cref="Guid"/>, declared as a <c>readonly record struct</c>.</summary>
public interface ITypedId<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}
