using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>Who at the supplier the DPS manager and buyers should contact.</summary>
public sealed record Contact(
    [property: Description("The contact's name, up to 200 characters.")] string Name,
    [property: Description("The contact's email address.")] string Email,
    [property: Description("The contact's telephone number: digits, spaces, ( ) and -, optionally starting with +.")] string Phone) : IRequestContract<Domain.Suppliers.Contact>
{
    public static Contact From(Domain.Suppliers.Contact contact) => new(contact.Name, contact.Email, contact.Phone);

    public Domain.Suppliers.Contact ToDomain() => new(Name, Email, Phone);
}
