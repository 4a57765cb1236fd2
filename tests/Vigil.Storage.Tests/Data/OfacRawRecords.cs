using System.Text;

namespace Vigil.Storage.Tests.Data;

/// <summary>
/// An independent reading of a legacy OFAC CSV folder, for checking diff counts without the OFAC mapper: the set of
/// ent_nums in sdn.csv, and for each the text of its rows in sdn, add, alt and sdn_comments, in file order.
/// </summary>
internal sealed class OfacRawRecords
{
    private static readonly string[] Files = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    private OfacRawRecords(HashSet<int> entNums, Dictionary<int, string> rows)
    {
        EntNums = entNums;
        Rows = rows;
    }

    /// <summary>ent_nums of the primary records.</summary>
    public HashSet<int> EntNums { get; }

    /// <summary>Per ent_num of a primary record, all its rows joined.</summary>
    public Dictionary<int, string> Rows { get; }

    public static OfacRawRecords Read(string folder)
    {
        var entNums = new HashSet<int>();
        var rows = new Dictionary<int, StringBuilder>();
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var record in Records(File.ReadAllText(path, Encoding.Latin1)))
            {
                var comma = record.IndexOf(',', StringComparison.Ordinal);
                if (comma <= 0 || !int.TryParse(record.AsSpan(0, comma), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entNum))
                {
                    continue; // a header line added by a mirror, or OFAC's trailing 0x1A
                }

                if (file == "sdn.csv")
                {
                    entNums.Add(entNum);
                }

                if (!rows.TryGetValue(entNum, out var text))
                {
                    rows[entNum] = text = new StringBuilder();
                }

                text.Append(file).Append(':').Append(record).Append('\n');
            }
        }

        return new OfacRawRecords(entNums, rows.Where(p => entNums.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value.ToString()));
    }

    /// <summary>Splits CSV text into records, honouring quoted line breaks; CR is dropped.</summary>
    private static IEnumerable<string> Records(string text)
    {
        var record = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                yield return record.ToString();
                record.Clear();
            }
            else if (c != '\r')
            {
                record.Append(c);
            }
        }

        if (record.Length > 0)
        {
            yield return record.ToString();
        }
    }
}
