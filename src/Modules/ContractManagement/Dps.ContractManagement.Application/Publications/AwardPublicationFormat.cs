namespace Dps.ContractManagement.Application.Publications;

/// <summary>How the quarter's awards are published: <c>format=ocds</c> or <c>format=csv</c>.</summary>
public enum AwardPublicationFormat
{
    /// <summary>An OCDS 1.1 release package, <c>application/json</c>.</summary>
    Ocds = 1,

    /// <summary>One row per award, <c>text/csv</c>.</summary>
    Csv = 2,
}
