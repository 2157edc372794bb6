using System.Reflection;
using Dps.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

public sealed class TypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, ITypedId<TId>
{
    private static TId Create(Guid value) => TId.From(value);
}

internal static class TypedIdConventions
{
    /// <summary>Stores every typed id of the domain assembly as a uuid column.</summary>
    public static void Apply(ModelConfigurationBuilder configuration, Assembly domainAssembly)
    {
        var typedIds = domainAssembly.GetTypes().Where(t => t.IsValueType && t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>)));
        foreach (var idType in typedIds)
        {
            configuration.Properties(idType).HaveConversion(typeof(TypedIdConverter<>).MakeGenericType(idType));
        }
    }
}
