using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Ca;
using SanctionsWatch.Sources.Ch;
using SanctionsWatch.Sources.Eu;
using SanctionsWatch.Sources.Uk;
using SanctionsWatch.Sources.Un;
using SanctionsWatch.Sources.UsCsl;

namespace SanctionsWatch.Tests.Sources;

public sealed class ListReadersCatalogTests
{
    [Theory]
    [InlineData("un-sc", typeof(UnReader))]
    [InlineData("ca-sema", typeof(CaReader))]
    [InlineData("eu-fsf", typeof(EuReader))]
    [InlineData("uk-fcdo", typeof(UkReader))]
    [InlineData("ch-seco", typeof(ChReader))]
    [InlineData("us-csl", typeof(UsCslReader))]
    public void Each_source_id_has_its_reader_and_every_reader_refuses_an_empty_file(string sourceId, Type readerType)
    {
        Assert.True(SourceCatalog.Default.TryGetReader(sourceId, out var reader));
        Assert.IsType(readerType, reader);

        Assert.Contains("empty", ReaderFiles.Refusal(reader, "", sourceId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un-sc")]
    [InlineData("ca-sema")]
    [InlineData("eu-fsf")]
    [InlineData("uk-fcdo")]
    [InlineData("ch-seco")]
    public void Every_reader_refuses_an_xml_bomb_without_expanding_it(string sourceId)
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <root>&lol2;</root>
            """;

        var message = ReaderFiles.Refusal(SourceCatalog.Default.ReaderFor(sourceId), bomb, sourceId);

        Assert.Contains("not well-formed", message, StringComparison.Ordinal);
    }
}
