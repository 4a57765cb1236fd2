using System.Globalization;

namespace Vigil.Cli.Commands;

/// <summary>Reads durations as people write them on a command line: <c>90s</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>, or <c>hh:mm:ss</c>.</summary>
internal static class Durations
{
    /// <summary>Parses a positive duration.</summary>
    /// <exception cref="CliUsageException">When the text is not one, naming <paramref name="option"/>.</exception>
    public static TimeSpan Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        TimeSpan? parsed = null;
        if (value.Length > 1 && char.IsAsciiLetter(value[^1])
            && double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            parsed = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
        }
        else if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span))
        {
            parsed = span;
        }

        return parsed is { } duration && duration > TimeSpan.Zero
            ? duration
            : throw new CliUsageException($"{option} '{text}' is not a duration such as 90s, 15m, 1h, 1d or 01:30:00.");
    }
}
