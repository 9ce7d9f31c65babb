using System.IO.Compression;
using System.Security;
using System.Text;

namespace SanctionsWatch.Tests.Sources.Au;

/// <summary>
/// Writes a minimal xlsx workbook by hand (the Open XML parts Excel itself writes, with inline strings), so the
/// DFAT fixtures are generated in the test instead of committed as binaries.
/// </summary>
public static class MinimalXlsx
{
    public static void Write(string path, IEnumerable<object?[]> rows)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """);
        Part(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>
            """);
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sheet.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < row.Length; c++)
            {
                var cell = $"{(char)('A' + c)}{r}";
                switch (row[c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Append("<c r=\"").Append(cell).Append("\" t=\"inlineStr\"><is><t>")
                            .Append(SecurityElement.Escape(s)).Append("</t></is></c>");
                        break;
                    case IFormattable n:
                        sheet.Append("<c r=\"").Append(cell).Append("\"><v>")
                            .Append(n.ToString(null, System.Globalization.CultureInfo.InvariantCulture)).Append("</v></c>");
                        break;
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        Part(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
