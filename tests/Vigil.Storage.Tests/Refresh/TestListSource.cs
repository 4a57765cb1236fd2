using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Vigil.Model;
using Vigil.Sources;

namespace Vigil.Storage.Tests.Refresh;

/// <summary>
/// A tiny list format for refresh tests, strict like the real readers: a header line, one entity per line
/// (<c>id|name|program</c>), and an end line with the count. A file cut anywhere fails to load.
/// </summary>
internal sealed class TestListSource : IListSource
{
    public const string Code = "test";

    public const string FileName = "list.txt";

    string IListSource.Code => Code;

    public string Title => "Refresh test list";

    public static byte[] Render(int count, int first = 1, string suffix = "")
    {
        var text = new StringBuilder("# vigil test list\n");
        for (var i = first; i < first + count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i}|PERSON {i}{suffix}|SDGT\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"# end {count}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public bool CanLoad(string path) => File.Exists(Path.Combine(path, FileName));

    public ListSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        var file = Path.Combine(path, FileName);
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != "# vigil test list")
        {
            throw new ListFormatException(FileName, "line 1", "not a test list (no header)");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>();
        for (var i = 1; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.StartsWith("# end ", StringComparison.Ordinal))
            {
                if (int.Parse(line.AsSpan(6), CultureInfo.InvariantCulture) != entities.Count || i != lines.Length - 1)
                {
                    throw new ListFormatException(FileName, $"line {i + 1}", "end line does not match the entities");
                }

                var snapshot = new ListSnapshot(Code, Title, null, path, ContentHash.OfFiles([file]), entities.ToImmutable());
                return snapshot;
            }

            var parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new ListFormatException(FileName, $"line {i + 1}", "expected id|name|program");
            }

            entities.Add(SanctionsEntity.Create(Code, parts[0], Schema.Person, [EntityName.Create(parts[1])]) with { Programs = [parts[2]], Raw = line });
        }

        throw new ListFormatException(FileName, $"line {lines.Length}", "truncated: no end line");
    }
}
