namespace Vigil.Matching.Explanation;

/// <summary>One piece of evidence and how much it moved the score, in log-odds.</summary>
/// <param name="Feature">What was compared: "name", "date of birth", "country", "identifier", ...</param>
/// <param name="Contribution">Change to the log-odds; positive supports a match.</param>
/// <param name="Detail">A short human account, e.g. "DOB 1962-11-23 = listed 1962-11-23".</param>
public sealed record FeatureContribution(string Feature, double Contribution, string Detail);
