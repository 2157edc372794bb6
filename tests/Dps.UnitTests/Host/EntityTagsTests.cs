using Dps.BuildingBlocks.Infrastructure.Http;
using Microsoft.AspNetCore.Http;

namespace Dps.UnitTests.Host;

public sealed class EntityTagsTests
{
    [Test]
    public void Version_is_formatted_as_a_quoted_entity_tag() =>
        Assert.That(EntityTags.Format(42), Is.EqualTo("\"42\""));

    [TestCase("\"42\"")]
    [TestCase(" \"42\" ")]
    public void If_match_names_the_version_of_its_entity_tag(string header) =>
        Assert.That(EntityTags.IfMatch(RequestWithIfMatch(header)), Is.EqualTo(42u));

    [Test]
    public void Formatted_tag_reads_back_as_the_same_version() =>
        Assert.That(EntityTags.IfMatch(RequestWithIfMatch(EntityTags.Format(uint.MaxValue))), Is.EqualTo(uint.MaxValue));

    [Test]
    public void Absent_if_match_expects_no_version() =>
        Assert.That(EntityTags.IfMatch(new DefaultHttpContext().Request), Is.Null);

    [Test]
    public void Wildcard_if_match_expects_no_version() =>
        Assert.That(EntityTags.IfMatch(RequestWithIfMatch("*")), Is.Null);

    [TestCase("42")]
    [TestCase("\"\"")]
    [TestCase("\"forty-two\"")]
    [TestCase("\"-1\"")]
    [TestCase("\"42")]
    [TestCase("W/42")]
    [TestCase("W/\"42\"")]
    [TestCase("\"+42\"")]
    [TestCase("\" 42\"")]
    [TestCase("\"1\", \"2\"")]
    public void Malformed_if_match_is_a_bad_request(string header) =>
        Assert.Throws<BadHttpRequestException>(() => EntityTags.IfMatch(RequestWithIfMatch(header)));

    private static HttpRequest RequestWithIfMatch(string header)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfMatch = header;
        return http.Request;
    }
}
