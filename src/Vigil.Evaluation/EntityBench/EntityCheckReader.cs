using System.Collections.Immutable;
using Vigil.Evaluation.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Evaluation.EntityBench;

/// <summary>
/// Reads <c>entity_bench/checks.yml</c>: a <c>checks</c> sequence of mappings with <c>match</c>, <c>schema</c>,
/// optional <c>label</c>, and <c>query</c> and <c>candidate</c> mappings of FollowTheMoney properties (scalars or
/// lists). Read through YamlDotNet's representation model so every error names its line.
/// </summary>
public static class EntityCheckReader
{
    /// <summary>Reads every check of a file.</summary>
    /// <exception cref="BenchDataException">When the file is missing, is not YAML, or a check is malformed.</exception>
    public static ImmutableArray<EntityCheck> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BenchDataException(path, 0, "file not found");
        }

        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads every check from YAML text; <paramref name="name"/> is used in error messages.</summary>
    public static ImmutableArray<EntityCheck> Read(TextReader text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException ex)
        {
            throw new BenchDataException(name, (int)ex.Start.Line, ex.Message, ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("checks"), out var checksNode) || checksNode is not YamlSequenceNode checks)
        {
            throw new BenchDataException(name, 1, "expected a top-level 'checks' list");
        }

        var result = ImmutableArray.CreateBuilder<EntityCheck>(checks.Children.Count);
        foreach (var node in checks.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode check)
            {
                throw new BenchDataException(name, line, "a check must be a mapping");
            }

            var match = Scalar(check, "match", name, line);
            if (!bool.TryParse(match, out var isMatch))
            {
                throw new BenchDataException(name, line, $"'match' must be true or false, not '{match}'");
            }

            var schema = Scalar(check, "schema", name, line);
            if (!BenchSchema.TryParse(schema, out _))
            {
                throw new BenchDataException(name, line, $"unknown schema '{schema}'");
            }

            var label = check.Children.TryGetValue(new YamlScalarNode("label"), out var l) && l is YamlScalarNode ls ? ls.Value : null;
            result.Add(new EntityCheck(result.Count, line, isMatch, schema, label, Side(check, "query", name, line), Side(check, "candidate", name, line)));
        }

        return result.MoveToImmutable();
    }

    private static string Scalar(YamlMappingNode map, string key, string file, int line) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value.Trim()
            : throw new BenchDataException(file, line, $"missing '{key}'");

    private static EntityProperties Side(YamlMappingNode check, string key, string file, int line)
    {
        if (!check.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlMappingNode side)
        {
            throw new BenchDataException(file, line, $"missing '{key}' mapping");
        }

        var values = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (k, v) in side.Children)
        {
            var property = ((YamlScalarNode)k).Value ?? string.Empty;
            ImmutableArray<string> list = v switch
            {
                YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value.Trim()],
                YamlScalarNode => [],
                YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)],
                _ => throw new BenchDataException(file, (int)v.Start.Line, $"'{key}.{property}' must be a value or a list of values"),
            };
            if (!list.IsEmpty)
            {
                values[property] = list;
            }
        }

        var properties = new EntityProperties(values.ToImmutable());
        if (EntityCheckMapper.DisplayName(properties) is null)
        {
            throw new BenchDataException(file, (int)side.Start.Line, $"'{key}' has no name (name, or firstName/lastName parts)");
        }

        return properties;
    }
}
