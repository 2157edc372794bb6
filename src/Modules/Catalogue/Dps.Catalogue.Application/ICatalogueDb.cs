using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.FundingModels;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Participants;
using Dps.Catalogue.Domain.Taxonomies;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application;

/// <summary>The Catalogue module's own tables, as its handlers see them.</summary>
public interface ICatalogueDb : IModuleDb
{
    DbSet<Taxonomy> Taxonomies { get; }

    DbSet<Offer> Offers { get; }

    DbSet<FundingModel> FundingModels { get; }

    DbSet<ListedEstablishment> Listings { get; }

    /// <summary>Who takes part in each DPS, learnt from Qualification's events.</summary>
    DbSet<DpsParticipants> DpsParticipants { get; }
}
