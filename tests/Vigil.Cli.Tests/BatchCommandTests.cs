using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class BatchCommandTests
{
    [Fact]
    public void Batch_CsvToCsv_WritesHitsInInputOrder_AndReportsBadRows()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv",
            "id,name,type,dob,country\r\n" +
            "a,Ex-Cle Soluciones Biometricas,,,\r\n" +
            "b,,person,,\r\n" +
            "c,\"MADURO MOROS, Nicolas\",person,1962-11-23,VE\r\n" +
            "d,Ann Smith,person,1990-13-01,\r\n" +
            "e,Northbridge Logistics GmbH,organization,,DE\r\n");
        var output = folder.PathOf("hits.csv");

        var result = Cli.Run("batch", "--input", input, "--output", output, "--matches-only");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(output);
        Assert.Equal("input_id,input_name,entity_id,entity_name,matched_name,schema,score,match,programs,explanation", lines[0]);
        Assert.StartsWith("a,Ex-Cle Soluciones Biometricas,ofac-sdn:30421,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("c,\"MADURO MOROS, Nicolas\",ofac-sdn:22790,", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("e,", StringComparison.Ordinal));
        Assert.False(File.Exists(output + ".partial"));

        // Bad rows on stderr with their lines, and in the summary on stdout.
        Assert.Contains(result.ErrorLines, l => l.Contains("line 3: missing name", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("line 5: bad date of birth '1990-13-01'", StringComparison.Ordinal));
        Assert.Contains("line 3: missing name", result.Out, StringComparison.Ordinal);
        Assert.Contains("Rows read", result.Out, StringComparison.Ordinal);
        Assert.Contains("Names/second", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_EscapesInBadRowsAndHeaders_ArePrintedAsCodes()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "id,name,dob,\u001b[2Jx\na,Nicolas Maduro,\u001b]0;pwned\u0007,1\n");

        var result = Cli.Run("batch", "--input", input, "--output", folder.PathOf("hits.csv"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(result.ErrorLines, l => l.Contains("columns not read: \\x1B[2Jx", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("line 2: bad date of birth '\\x1B]0;pwned\\x07'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Out + result.Error, c => c is '\u001b' or '\u0007');
    }

    [Fact]
    public void Batch_ColumnsNotRead_AreNamed()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "CustomerID,FullName,DateOfBirth,Geburtsdatum\na,Nicolas Maduro,1962-11-23,23.11.1962\n");

        var result = Cli.Run("batch", "--input", input, "--output", folder.PathOf("hits.csv"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("batch: columns not read: Geburtsdatum (", StringComparison.Ordinal));
        Assert.Contains("DOB 1962-11-23 = listed 1962-11-23", File.ReadAllText(folder.PathOf("hits.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_DateOrder_ReadsDayFirstDates_AndAWrongValueIsAUsageError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "id,name,type,dob\na,Nicolas Maduro,person,03/04/1962\n");
        var output = folder.PathOf("hits.jsonl");

        var unknown = Cli.Run("batch", "--input", input, "--output", output);
        Assert.True(unknown.ExitCode == 0, unknown.Error);
        Assert.Contains(unknown.ErrorLines, l => l.Contains("line 2: day and month of '03/04/1962' could be either way round: screened with the year 1962", StringComparison.Ordinal));
        Assert.Contains("DOB 1962 agrees with listed 1962-11-23 at year precision", File.ReadAllText(output), StringComparison.Ordinal);

        var dayFirst = Cli.Run("batch", "--input", input, "--output", output, "--date-order", "dmy");
        Assert.True(dayFirst.ExitCode == 0, dayFirst.Error);
        Assert.DoesNotContain(dayFirst.ErrorLines, l => l.Contains("either way round", StringComparison.Ordinal));
        Assert.Contains("DOB 1962-04-03 differs in month from listed 1962-11-23", File.ReadAllText(output), StringComparison.Ordinal);

        var wrong = Cli.Run("batch", "--input", input, "--output", output, "--date-order", "ymd");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--date-order 'ymd' is not dmy", Assert.Single(wrong.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_UnknownCountry_ScreensTheNameAndWarnsWithTheLine_AndFormulaLikeCellsAreDefused()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv",
            "id,name,type,country\n" +
            "a,Nicolas Maduro,person,Atlantis\n" +
            "=b,=Nicolas Maduro,person,VE\n");
        var output = folder.PathOf("hits.csv");

        var result = Cli.Run("batch", "--input", input, "--output", output, "--matches-only");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(output);
        Assert.Contains(lines, l => l.StartsWith("a,Nicolas Maduro,ofac-sdn:22790,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'=b,'=Nicolas Maduro,ofac-sdn:22790,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.True(l.StartsWith("a,", StringComparison.Ordinal) || l.StartsWith("'=b,'=", StringComparison.Ordinal), l));
        Assert.Contains("batch: warning: line 2: unknown country 'Atlantis' (screened without it)", result.ErrorLines);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("(skipped)", StringComparison.Ordinal));
        Assert.Contains("Screened with warnings", result.Out, StringComparison.Ordinal);
        Assert.Contains("line 2: unknown country 'Atlantis' (screened without it)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_JsonlToJsonl_WritesOneObjectPerHit()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.jsonl",
            "{\"id\": 1, \"name\": \"Nicolas Maduro\", \"type\": \"person\"}\n" +
            "not json at all\n" +
            "{\"id\": 3, \"name\": \"Ex-Cle Soluciones Biometricas\"}\n");
        var output = folder.PathOf("hits.jsonl");

        var result = Cli.Run("batch", "-i", input, "-o", output, "--limit", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        var hits = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1", "3"], hits.Select(h => h.GetProperty("inputId").GetString()));
        Assert.Equal(["ofac-sdn:22790", "ofac-sdn:30421"], hits.Select(h => h.GetProperty("entityId").GetString()));
        Assert.Contains(result.ErrorLines, l => l.Contains("line 2: unparsable JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_FormatOption_OverridesTheExtension()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.txt", "{\"name\": \"Nicolas Maduro\", \"type\": \"person\"}\n");
        var output = folder.PathOf("hits.csv");
        var result = Cli.Run("batch", "--input", input, "--output", output, "--format", "jsonl", "--matches-only");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("ofac-sdn:22790", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--limit", "0")]
    [InlineData("--threshold", "2")]
    public void Batch_BadOption_ExitsTwoWithOneLine(string option, string value)
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "name\nAnn Smith\n");
        var result = Cli.Run("batch", "--input", input, "--output", folder.PathOf("out.csv"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_MissingInput_ExitsTwo()
    {
        using var folder = new TempFolder();
        var result = Cli.Run("batch", "--input", folder.PathOf("none.csv"), "--output", folder.PathOf("out.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("none.csv", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_NoNameColumn_ExitsTwoNamingTheFile_AndWritesNothing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "id,customer\n1,Ann\n");
        var output = folder.PathOf("out.csv");
        var result = Cli.Run("batch", "--input", input, "--output", output);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("customers.csv", line, StringComparison.Ordinal);
        Assert.Contains("'name'", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Batch_Windows1252File_ExitsTwoNamingLineAndByte_ThenScreensWithTheEncodingNamed()
    {
        // An Excel export in Windows-1252: read as UTF-8 the accent became U+FFFD and Maduro went unmatched, silently.
        using var folder = new TempFolder();
        var input = folder.WriteBytes("customers.csv", [.. "id,name,type\r\n1,Nicol"u8, 0xE1, .. "s Maduro,person\r\n"u8]);
        var output = folder.PathOf("hits.csv");

        var refused = Cli.Run("batch", "--input", input, "--output", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("customers.csv: not UTF-8 text: line 2 holds byte 0xE1", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        var result = Cli.Run("batch", "--input", input, "--output", output, "--encoding", "windows-1252", "--matches-only");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("1,Nicolás Maduro,ofac-sdn:22790,", File.ReadAllLines(output)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_UnknownEncoding_ExitsTwoWithOneLine()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "name\nAnn Smith\n");
        var result = Cli.Run("batch", "--input", input, "--output", folder.PathOf("out.csv"), "--encoding", "klingon");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: --encoding 'klingon' is not an encoding known here (try utf-8, windows-1252, iso-8859-1, windows-1251, iso-8859-2, utf-16).", Assert.Single(result.ErrorLines));
    }
}
