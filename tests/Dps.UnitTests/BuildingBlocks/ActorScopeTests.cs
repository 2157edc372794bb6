using Dps.BuildingBlocks.Application.Security;

namespace Dps.UnitTests.BuildingBlocks;

public sealed class ActorScopeTests
{
    private static readonly Guid Own = Guid.Parse("0a4f0000-0000-4000-8000-000000000001");
    private static readonly Guid Other = Guid.Parse("0a4f0000-0000-4000-8000-000000000002");
    private static readonly Guid Kent = Guid.Parse("5e700000-0000-4000-8000-000000000005");
    private static readonly IQueryable<Guid> Owners = new[] { Own, Other }.AsQueryable();

    [TestCase(DpsRoles.Manager, true)]
    [TestCase(DpsRoles.Auditor, true)]
    [TestCase(DpsRoles.Buyer, false)]
    [TestCase(DpsRoles.Supplier, false)]
    public void The_manager_and_auditors_oversee_all(string role, bool oversees) =>
        Assert.That(new Actor([role]).OverseesAll(), Is.EqualTo(oversees));

    [Test]
    public void A_supplier_acts_for_the_supplier_its_token_names()
    {
        var actor = new Actor([DpsRoles.Supplier], SupplierId: Own);

        Assert.That(actor.OwnSupplierId(), Is.EqualTo(Own));
        Assert.That(actor.ActsForSupplier(Own), Is.True);
        Assert.That(actor.ActsForSupplier(Other), Is.False);
    }

    [Test]
    public void A_supplier_id_counts_only_with_the_supplier_role_and_only_when_not_empty()
    {
        Assert.That(new Actor([DpsRoles.Buyer], SupplierId: Own).OwnSupplierId(), Is.Null);
        Assert.That(new Actor([DpsRoles.Supplier], SupplierId: Guid.Empty).OwnSupplierId(), Is.Null);
        Assert.That(new Actor([DpsRoles.Supplier]).ActsForSupplier(Guid.Empty), Is.False);
    }

    [Test]
    public void A_buyer_acts_for_the_authority_its_token_names()
    {
        var buyer = new Actor([DpsRoles.Buyer], AuthorityId: Kent);

        Assert.That(buyer.OwnAuthorityId(), Is.EqualTo(Kent));
        Assert.That(buyer.ActsForAuthority(Kent), Is.True);
        Assert.That(new Actor([DpsRoles.Supplier], AuthorityId: Kent).OwnAuthorityId(), Is.Null);
        Assert.That(new Actor([DpsRoles.Buyer], AuthorityId: Guid.Empty).OwnAuthorityId(), Is.Null);
    }

    [TestCase(new[] { DpsRoles.Buyer }, true)]
    [TestCase(new[] { DpsRoles.Buyer, DpsRoles.Auditor }, false)]
    [TestCase(new[] { DpsRoles.Manager }, false)]
    [TestCase(new[] { DpsRoles.Supplier }, false)]
    public void Only_a_buyer_that_does_not_oversee_all_sees_only_what_its_authority_takes_part_in(string[] roles, bool limited) =>
        Assert.That(new Actor(roles, AuthorityId: Kent).SeesOnlyOwnAuthority(), Is.EqualTo(limited));

    [Test]
    public void Overseers_and_the_supplier_itself_may_read_what_a_supplier_owns()
    {
        Assert.That(new Actor([DpsRoles.Auditor]).MayReadSupplier(Own), Is.True);
        Assert.That(new Actor([DpsRoles.Supplier], SupplierId: Own).MayReadSupplier(Own), Is.True);
        Assert.That(new Actor([DpsRoles.Supplier], SupplierId: Other).MayReadSupplier(Own), Is.False);
        Assert.That(new Actor([DpsRoles.Buyer], AuthorityId: Kent).MayReadSupplier(Own), Is.False);
    }

    [Test]
    public void A_query_scoped_to_the_own_supplier_keeps_only_what_it_owns() =>
        Assert.That(
            Owners.ScopedToOwnSupplier(new Actor([DpsRoles.Supplier], SupplierId: Own), seesAll: false, id => o => o == id),
            Is.EqualTo(new[] { Own }));

    [Test]
    public void A_query_scoped_for_an_actor_that_acts_for_no_supplier_keeps_nothing() =>
        Assert.That(Owners.ScopedToOwnSupplier(new Actor([DpsRoles.Buyer]), seesAll: false, id => o => o == id), Is.Empty);

    [Test]
    public void A_query_scoped_for_an_actor_that_sees_all_keeps_everything() =>
        Assert.That(Owners.ScopedToOwnSupplier(new Actor([DpsRoles.Manager]), seesAll: true, id => o => o == id), Is.EqualTo(new[] { Own, Other }));

    [Test]
    public void A_query_scoped_to_the_own_authority_keeps_only_what_it_owns()
    {
        var authorities = new[] { Kent, Other }.AsQueryable();

        Assert.That(
            authorities.ScopedToOwnAuthority(new Actor([DpsRoles.Buyer], AuthorityId: Kent), seesAll: false, id => a => a == id),
            Is.EqualTo(new[] { Kent }));
        Assert.That(
            authorities.ScopedToOwnAuthority(new Actor([DpsRoles.Supplier], SupplierId: Own), seesAll: false, id => a => a == id),
            Is.Empty);
    }

    private sealed record Actor(IReadOnlyList<string> Roles, Guid? AuthorityId = null, Guid? SupplierId = null) : ICurrentActor
    {
        public string Id => "someone";
    }
}
