using System.CommandLine;
using System.Text;
using Vigil.Screening.Input;

namespace Vigil.Cli.Commands;

/// <summary><c>--encoding NAME</c>: the text encoding of an input file that is not UTF-8.</summary>
internal static class EncodingOption
{
    public static Option<string?> Create() => new("--encoding")
    {
        Description = "Encoding of the input when it is not UTF-8: windows-1252, iso-8859-1, windows-1251, iso-8859-2, ... (default: UTF-8, or what a byte order mark says)",
    };

    /// <summary>The encoding named, or null for the default; a name no encoding has is a usage error.</summary>
    public static Encoding? Resolve(string? name)
    {
        if (name is null)
        {
            return null;
        }

        return InputEncoding.TryNamed(name, out var encoding)
            ? encoding
            : throw new CliUsageException($"--encoding '{name}' is not an encoding known here (try {InputEncoding.CommonNames}).");
    }
}
