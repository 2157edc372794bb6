using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Domain.Categories;

internal sealed record CategoryAdded(CategoryId CategoryId, DpsId DpsId, string Name) : IDomainEvent;
