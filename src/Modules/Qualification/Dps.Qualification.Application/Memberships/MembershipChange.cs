using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Memberships;

namespace Dps.Qualification.Application.Memberships;

/// <summary>What every membership command does around its change: load the member as the actor may see it, check If-Match, save, answer.</summary>
internal static class MembershipChange
{
    public const int MaxReasonLength = 4000;

    public static Task<MembershipResponse> ChangeMembershipAsync(
        this IQualificationDb db, ICurrentActor actor, SchemeClock clock, Guid membershipId, uint? expectedVersion,
        Action<Membership> change, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, membershipId, expectedVersion, membership =>
        {
            change(membership);
            return Task.CompletedTask;
        }, cancellationToken);

    public static async Task<MembershipResponse> ChangeMembershipAsync(
        this IQualificationDb db, ICurrentActor actor, SchemeClock clock, Guid membershipId, uint? expectedVersion,
        Func<Membership, Task> change, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.GetVisibleAsync(membershipId, actor, cancellationToken);
        db.ExpectVersion(membership, expectedVersion);
        await change(membership);
        await db.SaveChangesAsync(cancellationToken);
        return MembershipResponse.From(membership, clock.Today);
    }
}
