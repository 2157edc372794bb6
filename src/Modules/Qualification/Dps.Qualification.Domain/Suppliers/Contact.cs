namespace Dps.Qualification.Domain.Suppliers;

/// <summary>Who at the supplier the DPS manager and buyers should contact.</summary>
public sealed record Contact(string Name, string Email, string Phone);
