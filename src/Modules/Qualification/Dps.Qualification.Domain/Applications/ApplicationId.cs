using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications;

public readonly record struct ApplicationId(Guid Value) : ITypedId<ApplicationId>
{
    public static ApplicationId From(Guid value) => new(value);

    public static ApplicationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
