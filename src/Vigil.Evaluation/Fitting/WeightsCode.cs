using System.Globalization;
using System.Text;
using Vigil.Matching.Scoring;

namespace Vigil.Evaluation.Fitting;

/// <summary>Writes fitted weights as the C# that <see cref="NameScoringWeights"/> holds as its defaults.</summary>
public static class WeightsCode
{
    /// <summary>The two property initialisers, with each weight's feature named, ready to paste.</summary>
    public static string ToCSharp(NameScoringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sb = new StringBuilder();
        sb.Append("    /// <summary>The intercept.</summary>\n");
        sb.Append(CultureInfo.InvariantCulture, $"    public double Bias {{ get; init; }} = {Format(weights.Bias)};\n\n");
        sb.Append("    /// <summary>One weight per entry of <see cref=\"NameFeatures.WriteVector\"/>.</summary>\n");
        sb.Append("    public ImmutableArray<double> Weights { get; init; } =\n    [\n");
        for (var i = 0; i < weights.Weights.Length; i++)
        {
            var name = i < NameFeatures.VectorNames.Count ? NameFeatures.VectorNames[i] : $"feature {i}";
            sb.Append(CultureInfo.InvariantCulture, $"        {Format(weights.Weights[i])}, // {name}\n");
        }

        sb.Append("    ];\n");
        return sb.ToString();
    }

    private static string Format(double value)
    {
        var text = Math.Round(value, 3).ToString("0.0##", CultureInfo.InvariantCulture);
        return text == "-0.0" ? "0.0" : text;
    }
}
