namespace Dps.Qualification.Domain.PurchasingSystems;

/// <summary>A contracting authority (a council, a DWP district); buyers' tokens name its id.</summary>
public sealed record Authority(Guid Id, string Name);
