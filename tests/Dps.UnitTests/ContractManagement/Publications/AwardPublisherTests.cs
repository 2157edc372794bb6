using Dps.ContractManagement.Application.Publications;
using static Dps.UnitTests.ContractManagement.Publications.Awards;

namespace Dps.UnitTests.ContractManagement.Publications;

public sealed class AwardPublisherTests
{
    [Test]
    public void The_configured_publisher_names_the_publication_s_address_and_the_ocids()
    {
        var options = new PublicationOptions { PublisherName = "Kent County Council DPS", PublisherUri = "https://dps.example.gov.uk", OcidPrefix = "ocds-dps01" };

        var publisher = options.Publisher();

        Assert.Multiple(() =>
        {
            Assert.That(publisher.PublicationUri(Quarter, AwardPublicationFormat.Csv).AbsoluteUri,
                Is.EqualTo("https://dps.example.gov.uk/api/v1/publications/awards?quarter=2026-Q3&format=csv"));
            Assert.That(publisher.OcidOf(Competition()), Is.EqualTo("ocds-dps01-7a1b2c3d-0000-4000-8000-000000000001"));
            Assert.That(publisher.OcidOf(DirectPlacement()), Is.EqualTo("ocds-dps01-0d0d0d0d-0000-4000-8000-000000000002"));
        });
    }

    [TestCase("")]
    [TestCase("dps01")]
    [TestCase("ocds-dps 01")]
    public void An_ocid_prefix_is_ocds_and_a_registered_code(string prefix) =>
        Assert.That(() => new AwardPublisher("DPS", new Uri("https://dps.example.gov.uk/"), prefix), Throws.ArgumentException);

    [Test]
    public void The_publisher_s_address_is_absolute() =>
        Assert.That(() => new AwardPublisher("DPS", new Uri("/dps", UriKind.Relative), "ocds-dps01"), Throws.ArgumentException);
}
