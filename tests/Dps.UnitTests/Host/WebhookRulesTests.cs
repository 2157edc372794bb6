using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dps.Api.Webhooks;

namespace Dps.UnitTests.Host;

public sealed class WebhookRulesTests
{
    [TestCase("127.0.0.1", true)]
    [TestCase("10.20.30.40", true)]
    [TestCase("172.16.0.1", true)]
    [TestCase("172.31.255.255", true)]
    [TestCase("192.168.1.1", true)]
    [TestCase("169.254.169.254", true)]
    [TestCase("100.64.0.1", true)]
    [TestCase("0.0.0.0", true)]
    [TestCase("224.0.0.1", true)]
    [TestCase("::1", true)]
    [TestCase("fe80::1", true)]
    [TestCase("fd00::1", true)]
    [TestCase("::ffff:10.0.0.1", true)]
    [TestCase("172.32.0.1", false)]
    [TestCase("203.0.113.10", false)]
    [TestCase("8.8.8.8", false)]
    [TestCase("2001:4860:4860::8888", false)]
    public void Private_loopback_and_link_local_addresses_are_refused(string address, bool isPrivate) =>
        Assert.That(WebhookAddresses.IsPrivate(IPAddress.Parse(address)), Is.EqualTo(isPrivate));

    [TestCase("bid.submitted", true)]
    [TestCase("bid.withdrawn", false)]
    [TestCase("contract.completed", true)]
    [TestCase("contracts.completed", false)]
    public void A_subscription_receives_the_types_and_kinds_it_names(string type, bool matches) =>
        Assert.That(WebhookEventTypes.Match(["bid.submitted", "contract.*"], type), Is.EqualTo(matches));

    [Test]
    public void A_subscription_naming_no_types_receives_every_event() =>
        Assert.That(WebhookEventTypes.Match([], "anything.at-all"), Is.True);

    [TestCase("bid.submitted", true)]
    [TestCase("bid.*", true)]
    [TestCase("referral.bid-count-changed", true)]
    [TestCase("*", false)]
    [TestCase("Bid.Submitted", false)]
    [TestCase("bid", false)]
    public void Event_type_patterns(string pattern, bool valid) => Assert.That(WebhookEventTypes.IsPattern(pattern), Is.EqualTo(valid));

    [Test]
    public void Retries_back_off_exponentially_up_to_the_maximum()
    {
        var settings = new WebhookSettings { FirstRetryAfter = TimeSpan.FromSeconds(5), MaxRetryInterval = TimeSpan.FromMinutes(1) };

        Assert.That(new[] { 1, 2, 3, 4, 5, 40 }.Select(settings.RetryDelay), Is.EqualTo(new[]
        {
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1),
        }));
    }

    [Test]
    public void The_signature_is_the_hmac_of_the_timestamp_a_full_stop_and_the_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"1\"}");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_x"), Encoding.UTF8.GetBytes("1700000000.{\"id\":\"1\"}")));

        Assert.That(WebhookSignature.Sign("whsec_x", 1_700_000_000, body), Is.EqualTo("v1=" + expected));
    }

    [Test]
    public void A_secret_key_must_be_32_bytes()
    {
        Assert.That(new WebhookSettings { SecretKey = Convert.ToBase64String(new byte[32]) }.Key(), Has.Length.EqualTo(32));
        Assert.That(new WebhookSettings { SecretKey = Convert.ToBase64String(new byte[16]) }.Key(), Is.Null);
        Assert.That(new WebhookSettings().Key(), Is.Null);
    }
}
