using System.Net;
using System.Net.Sockets;

namespace Dps.Api.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: none of loopback, private, shared (carrier-grade NAT), link-local, unique-local,
/// multicast or unspecified ones, unless <c>Webhooks:AllowPrivateAddresses</c>. Checked when a subscription is
/// registered and again on every connection, so a name that later resolves inward is refused too.
/// </summary>
public static class WebhookAddresses
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || b[0] == 0
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || b[0] >= 224;
    }

    /// <summary>The host's addresses that a webhook may reach; none for a name that does not resolve.</summary>
    public static async Task<IPAddress[]> ReachableAsync(string host, bool allowPrivate, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }

        return allowPrivate ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
    }
}
