using Glossary.Exchange;
using Snapshooter.Xunit;

namespace Glossary.Tests.Exchange;

/// <summary>The TBX and Markdown exports of a three-entry glossary, reviewed as the spec of those formats.</summary>
public sealed class ExportSnapshotTests
{
    [Fact]
    public void TbxExport_SmallGlossary() => Snapshot.Match(TbxExport.Write(ExchangeSamples.Small()));

    [Fact]
    public void MarkdownExport_SmallGlossary() => Snapshot.Match(MarkdownExport.Write(ExchangeSamples.Small()));
}
