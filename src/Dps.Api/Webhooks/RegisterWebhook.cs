using System.Security.Cryptography;
using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Api.Webhooks;

/// <summary>Subscribe a URL to the feed events its owner may see, of the types given (none: every one).</summary>
public sealed record RegisterWebhook(string Url, IReadOnlyList<string> EventTypes) : ICommand<RegisteredWebhookResponse>;

internal sealed class RegisterWebhookValidator : AbstractValidator<RegisterWebhook>
{
    public RegisterWebhookValidator(IOptions<WebhookSettings> options)
    {
        var allowHttp = options.Value.AllowHttp;
        RuleFor(c => c.Url).NotEmpty().MaximumLength(500)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp)) && uri.UserInfo.Length == 0)
            .WithMessage(allowHttp
                ? "'Url' must be an absolute http or https URL without user information."
                : "'Url' must be an absolute https URL without user information (plain http only with Webhooks:AllowHttp).");
        RuleFor(c => c.EventTypes).NotNull().Must(t => t.Count <= WebhookEventTypes.MaxCount)
            .WithMessage($"'Event Types' may name at most {WebhookEventTypes.MaxCount} types.");
        RuleForEach(c => c.EventTypes).Must(WebhookEventTypes.IsPattern)
            .WithMessage("Each event type is a feed event's type, e.g. `bid.submitted`, or a kind, e.g. `bid.*`.");
    }
}

internal sealed class RegisterWebhookHandler(PlatformDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<WebhookSettings> options)
    : IRequestHandler<RegisterWebhook, RegisteredWebhookResponse>
{
    public async Task<RegisteredWebhookResponse> Handle(RegisterWebhook command, CancellationToken cancellationToken)
    {
        var (role, supplierId, authorityId) = OwnerOf(actor);
        var host = new Uri(command.Url).Host;
        var settings = options.Value;
        var reachable = new WebhookMustReachAPublicAddressRule(host, (await WebhookAddresses.ReachableAsync(host, settings.AllowPrivateAddresses, cancellationToken)).Length);
        if (reachable.IsBroken())
        {
            throw new BusinessRuleValidationException(reachable);
        }

        var now = clock.GetUtcNow();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            Url = command.Url,
            EventTypes = command.EventTypes.Distinct().ToArray(),
            SecretSalt = RandomNumberGenerator.GetBytes(32),
            OwnerRole = role,
            SupplierId = supplierId,
            AuthorityId = authorityId,
            CreatedBy = actor.Id,
            CreatedAt = now,
            NextAttemptAt = now,
        };

        // A new subscription starts at the feed's end: what happened before is there to replay, not pushed unasked.
        subscription.CursorTransactionId = await db.Database.SqlQuery<long>($"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").SingleAsync(cancellationToken);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        var secret = WebhookSignature.SecretOf(settings.Key()!, subscription.SecretSalt);
        return new RegisteredWebhookResponse(WebhookResponse.From(subscription), secret);
    }

    private static (string Role, Guid? SupplierId, Guid? AuthorityId) OwnerOf(ICurrentActor actor) =>
        actor.HasRole(DpsRoles.Manager) ? (DpsRoles.Manager, null, null)
        : actor.OwnSupplierId() is { } supplier ? (DpsRoles.Supplier, supplier, null)
        : actor.OwnAuthorityId() is { } authority ? (DpsRoles.Buyer, null, authority)
        : throw new ForbiddenException("A webhook belongs to a supplier or an authority: the token names neither.");
}

internal sealed class WebhookMustReachAPublicAddressRule(string host, int reachableAddresses) : IBusinessRule
{
    public string Message => $"{host} does not resolve to a public address: webhooks may not call loopback, private or link-local addresses (unless Webhooks:AllowPrivateAddresses).";

    public bool IsBroken() => reachableAddresses == 0;
}
