using Dps.Api.Hosting;

namespace Dps.UnitTests.Host;

public sealed class StartupBannerTests
{
    [Test]
    public void The_banner_names_the_bound_address_and_its_swagger_ui() =>
        Assert.That(
            StartupBanner.Lines(["http://127.0.0.1:49731"]),
            Is.EqualTo(new[] { "Dps API listening on http://127.0.0.1:49731; Swagger UI at http://127.0.0.1:49731/swagger" }));

    [Test]
    public void Every_bound_address_has_its_line_once() =>
        Assert.That(
            StartupBanner.Lines(["http://localhost:5492", "https://localhost:5493/", "http://localhost:5492/"]),
            Is.EqualTo(new[]
            {
                "Dps API listening on http://localhost:5492; Swagger UI at http://localhost:5492/swagger",
                "Dps API listening on https://localhost:5493; Swagger UI at https://localhost:5493/swagger",
            }));

    [TestCase("http://0.0.0.0:8080")]
    [TestCase("http://[::]:8080")]
    [TestCase("http://+:8080")]
    [TestCase("http://*:8080")]
    public void An_address_on_every_interface_is_named_as_bound_and_its_swagger_ui_on_localhost(string address) =>
        Assert.That(
            StartupBanner.Lines([address]),
            Is.EqualTo(new[] { $"Dps API listening on {address}; Swagger UI at http://localhost:8080/swagger" }));

    [Test]
    public void An_ipv6_loopback_address_keeps_its_host() =>
        Assert.That(
            StartupBanner.Lines(["http://[::1]:5080"]),
            Is.EqualTo(new[] { "Dps API listening on http://[::1]:5080; Swagger UI at http://[::1]:5080/swagger" }));

    [Test]
    public void A_server_that_reports_no_address_prints_no_banner() =>
        Assert.That(StartupBanner.Lines([]), Is.Empty);
}
