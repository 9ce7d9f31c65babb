using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using SanctionsWatch.Sources;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Parse throughput and peak memory of the list readers. One reader per process (<c>parse one</c>), so that each
/// peak (VmHWM) is that reader's own; <c>scripts/bench-parse.sh</c> runs the plan and the synthesised inputs.
/// <list type="bullet">
/// <item><c>parse plan SHARED_DIR</c>: prints "id&lt;TAB&gt;label&lt;TAB&gt;path" for each real file whose source is registered.</item>
/// <item><c>parse one ID LABEL PATH</c>: reads the file once and prints size, entries, MB/s and peak RSS.</item>
/// <item><c>parse synth ofac-xml|ofac-advanced|ftm SOURCE OUT MB</c>: writes a ~MB input by repeating a real file's records with new ids.</item>
/// </list>
/// </summary>
internal static class ParseBenchmark
{
    // Candidate real files per source id; only the ids registered in SourceCatalog at run time are tried.
    private static readonly (string Id, string Label, string Path)[] Candidates =
    [
        ("ofac-cons", "OFAC CSV (cons_prim + companions)", "data/ofac/cons-csv-2025-12/cons_prim.csv"),
        ("ofac-cons", "OFAC classic XML", "data/ofac/cons-classic-2025-03-28.xml"),
        ("ofac-cons", "OFAC advanced XML", "data/ofac/cons-advanced-2020-03.xml"),
        ("un-sc", "UN consolidated XML", "data/un/consolidated-2026-02.xml"),
        ("ca-sema", "Canada SEMA XML", "data/ca/sema-2025-05.xml"),
        ("eu-fsf", "EU FSF XML (legacy excerpt)", "data/eu/legacy-whole-excerpt-2016-02.xml"),
        ("eu-fsf", "EU FSF XML 1.1 excerpt", "data/eu/fsf-xml-1.1-excerpt-2026-08.xml"),
        ("uk-fcdo", "UK FCDO XML excerpt", "data/uk/fcdo-uksl-xml-excerpt-2026-09.xml"),
        ("uk-fcdo", "UK HMT CSV 2018", "data/uk/hmt-conlist-2018-12-noheader.csv"),
        ("ch-seco", "Swiss SECO XML example", "data/ch/seco-example-2024-01.xml"),
        ("au-dfat", "Australia DFAT xlsx", "data/au/dfat-consolidated-2024-12.xlsx"),
        ("opensanctions", "OpenSanctions targets.simple.csv", "data/opensanctions/ua-war-sanctions-targets.simple-2026-03-13.csv"),
        ("opensanctions", "OpenSanctions FtM JSON lines (sample)", "data/opensanctions/sanctions-entities.ftm-sample-2024.json"),
        ("us-csl", "US CSL CSV.gz (MB: compressed)", "data/us-csl/trade-gov-csl-2025-02.csv.gz"),
    ];

    public static int Run(string[] args) => args.FirstOrDefault() switch
    {
        "plan" when args.Length == 2 => Plan(args[1]),
        "one" when args.Length == 4 => One(args[1], args[2], args[3]),
        "synth" when args.Length == 5 => Synth(args[1], args[2], args[3], double.Parse(args[4], CultureInfo.InvariantCulture)),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: parse plan SHARED_DIR | parse one ID LABEL PATH | parse synth ofac-xml|ofac-advanced|ftm SOURCE OUT MB");
        return 2;
    }

    private static int Plan(string shared)
    {
        foreach (var (id, label, relative) in Candidates)
        {
            var path = Path.Combine(shared, relative);
            if (SourceCatalog.Default.TryGetReader(id, out _) && File.Exists(path))
                Console.WriteLine($"{id}\t{label}\t{path}");
            else
                Console.Error.WriteLine($"skipped {label}: {(File.Exists(path) ? $"source {id} is not registered" : "no file")}");
        }

        return 0;
    }

    private static int One(string id, string label, string path)
    {
        var reader = SourceCatalog.Default.ReaderFor(id);
        var bytes = InputFiles(path).Sum(f => new FileInfo(f).Length);
        var (cold, result) = Time(reader, id, path);
        var peak = PeakRssMb(); // the first read's peak: the warm read below may hold a second list for a moment

        // A second read of a small file shows the throughput without start-up costs (JIT); large files are read once.
        var mb = bytes / 1e6;
        var warm = bytes < 50_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{mb / Time(reader, id, path).Seconds,6:0.0} MB/s")
            : "     (read once)";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-40} {mb,7:0.0} MB  cold {cold,6:0.00} s {mb / cold,6:0.0} MB/s  warm {warm}  peak {peak,5:0} MB  {result}"));
        return 0;
    }

    private static (double Seconds, string Result) Time(IListReader reader, string id, string path)
    {
        var stopwatch = Stopwatch.StartNew();
        string result;
        try
        {
            var list = reader.Read(path, id);
            result = $"{list.Entries.Count,7} entries  {list.Format}";
        }
        catch (Model.ListFormatException ex)
        {
            result = "refused: " + ex.Message;
        }

        return (stopwatch.Elapsed.TotalSeconds, result);
    }

    /// <summary>The file, and for OFAC's primary CSV the companion CSV files the reader also reads.</summary>
    private static IEnumerable<string> InputFiles(string path) =>
        Path.GetFileName(path) is "cons_prim.csv" or "sdn.csv"
            ? Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, "*.csv")
            : [path];

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    private static double PeakRssMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0;
        }

        return double.NaN;
    }

    private static int Synth(string kind, string source, string output, double megabytes)
    {
        var target = (long)(megabytes * 1e6);
        long written = kind switch
        {
            "ofac-xml" => SynthOfacXml(source, output, target),
            "ofac-advanced" => SynthOfacAdvanced(source, output, target),
            "ftm" => SynthFtm(source, output, target),
            _ => -1,
        };
        if (written < 0)
            return Usage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthesised {output}: {written / 1e6:0.0} MB from {Path.GetFileName(source)}"));
        return 0;
    }

    /// <summary>Repeats the sdnEntry elements of a classic OFAC XML, each copy with a new uid, until the size is reached.</summary>
    private static long SynthOfacXml(string source, string output, long target)
    {
        var document = XDocument.Load(source);
        var root = document.Root!;
        var entries = root.Elements().Where(e => e.Name.LocalName == "sdnEntry").ToList();
        var header = root.Elements().Where(e => e.Name.LocalName != "sdnEntry").ToList();
        using var stream = File.Create(output);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartElement(root.Name.LocalName, root.Name.NamespaceName);
        foreach (var h in header)
            h.WriteTo(xml);
        var uid = 10_000_000;
        while (true)
        {
            foreach (var entry in entries)
            {
                entry.Elements().First(e => e.Name.LocalName == "uid").Value = (uid++).ToString(CultureInfo.InvariantCulture);
                entry.WriteTo(xml);
            }

            xml.Flush();
            if (stream.Position >= target)
                break;
        }

        xml.WriteEndElement();
        xml.Flush();
        return stream.Position;
    }

    /// <summary>
    /// Repeats the DistinctParty elements of an advanced OFAC XML with new FixedRef and profile ids, and their
    /// SanctionsEntry elements with the matching ProfileID, until the size is reached (value sets, locations and ID
    /// documents once, as in the real file).
    /// </summary>
    private static long SynthOfacAdvanced(string source, string output, long target)
    {
        var root = XDocument.Load(source).Root!;
        XElement Section(string name) => root.Elements().First(e => e.Name.LocalName == name);
        var parties = Section("DistinctParties").Elements().ToList();
        var entries = Section("SanctionsEntries").Elements().ToList();
        using var stream = File.Create(output);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartElement(root.Name.LocalName, root.Name.NamespaceName);
        foreach (var section in root.Elements().TakeWhile(e => e.Name.LocalName != "DistinctParties"))
            section.WriteTo(xml);
        xml.WriteStartElement("DistinctParties", root.Name.NamespaceName);
        // The sanctions entries follow all parties: stop the parties at their share of the target size.
        double partyChars = parties.Sum(p => p.ToString().Length), entryChars = entries.Sum(e => e.ToString().Length);
        var partyTarget = (long)(target * partyChars / (partyChars + entryChars));
        var copies = 0;
        while (stream.Position < partyTarget)
        {
            var offset = 10_000_000 * (copies + 1);
            foreach (var party in parties)
            {
                var copy = new XElement(party);
                var fixedRef = (int)copy.Attribute("FixedRef")! + offset;
                copy.SetAttributeValue("FixedRef", fixedRef);
                foreach (var profile in copy.Elements().Where(e => e.Name.LocalName == "Profile"))
                    profile.SetAttributeValue("ID", (int)profile.Attribute("ID")! + offset);
                copy.WriteTo(xml);
            }

            copies++;
            xml.Flush();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("SanctionsEntries", root.Name.NamespaceName);
        for (var c = 0; c < copies; c++)
        {
            foreach (var entry in entries)
            {
                var copy = new XElement(entry);
                copy.SetAttributeValue("ProfileID", (int)copy.Attribute("ProfileID")! + 10_000_000 * (c + 1));
                copy.WriteTo(xml);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Flush();
        return stream.Position;
    }

    /// <summary>
    /// Repeats the party entities of an FtM file (a delta file's ADD/MOD entities are taken as plain entities), each copy
    /// with a new id, until the size is reached.
    /// </summary>
    private static long SynthFtm(string source, string output, long target)
    {
        var entities = new List<JsonObject>();
        foreach (var line in File.ReadLines(source))
        {
            if (JsonNode.Parse(line) is not JsonObject node)
                continue;
            var entity = node["op"] is null ? node : node["entity"] as JsonObject;
            if (entity?["schema"]?.GetValue<string>() is "Person" or "Company" or "Organization" or "LegalEntity" or "Vessel")
                entities.Add(entity);
        }

        using var stream = File.Create(output);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        var n = 0;
        while (true)
        {
            foreach (var entity in entities)
            {
                entity["id"] = "synth-" + (n++).ToString(CultureInfo.InvariantCulture);
                writer.Write(entity.ToJsonString());
                writer.Write('\n');
            }

            writer.Flush();
            if (stream.Position >= target)
                return stream.Position;
        }
    }
}
