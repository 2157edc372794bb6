using Dps.Qualification.Domain.Applications;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application;

/// <summary>The Qualification module's own tables, as its handlers see them.</summary>
public interface IQualificationDb : IModuleDb
{
    DbSet<DynamicPurchasingSystem> PurchasingSystems { get; }

    DbSet<Category> Categories { get; }

    DbSet<Supplier> Suppliers { get; }

    DbSet<Establishment> Establishments { get; }

    DbSet<MembershipApplication> Applications { get; }

    DbSet<Membership> Memberships { get; }
}
