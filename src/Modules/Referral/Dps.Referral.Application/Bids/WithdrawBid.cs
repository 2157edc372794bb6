using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using Dps.Referral.Domain.Bids;
using MediatR;

namespace Dps.Referral.Application.Bids;

/// <summary>The supplier withdraws its live bid before the deadline, optionally saying why; it may bid again afterwards.</summary>
public sealed record WithdrawBid(Guid BidId, string? Reason, uint? ExpectedVersion) : ICommand<BidResponse>;

internal sealed class WithdrawBidValidator : AbstractValidator<WithdrawBid>
{
    public WithdrawBidValidator() => RuleFor(c => c.Reason).MaximumLength(2000);
}

internal sealed class WithdrawBidHandler(IReferralDb db, ICurrentActor actor, IBidSeal seal, TimeProvider clock)
    : IRequestHandler<WithdrawBid, BidResponse>
{
    public async Task<BidResponse> Handle(WithdrawBid command, CancellationToken cancellationToken)
    {
        var bid = await db.GetOwnBidAsync(actor, command.BidId, cancellationToken);
        db.ExpectVersion(bid, command.ExpectedVersion);
        var referral = await db.ShareLockReferralAsync(bid.ReferralId, cancellationToken);
        bid.Withdraw(referral, string.IsNullOrWhiteSpace(command.Reason) ? "Withdrawn by the supplier." : command.Reason.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return BidResponse.From(bid, seal.Open(bid.Id, bid.SealedContent));
    }
}
