using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>Who at the supplier the DPS manager and buyers should contact.</summary>
public sealed record Contact(string Name, string Email, string Phone) : IRequestContract<Domain.Suppliers.Contact>
{
    public static Contact From(Domain.Suppliers.Contact contact) => new(contact.Name, contact.Email, contact.Phone);

    public Domain.Suppliers.Contact ToDomain() => new(Name, Email, Phone);
}
