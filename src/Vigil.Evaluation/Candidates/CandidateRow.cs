namespace Vigil.Evaluation.Candidates;

/// <summary>One person of a candidate-generation fixture (yente's <c>candidate_generation_benchmark</c>).</summary>
/// <param name="Row">The 1-based data row (the header is row 0).</param>
/// <param name="Line">The 1-based line in the file.</param>
/// <param name="FullName">The full name.</param>
/// <param name="FirstName">Given name, where split out.</param>
/// <param name="MiddleName">Middle name, where split out.</param>
/// <param name="LastName">Family name, where split out.</param>
/// <param name="Gender">"male", "female" or empty.</param>
/// <param name="DateOfBirth">YYYY or YYYY-MM-DD (noised rows may deviate), or empty.</param>
/// <param name="PlaceOfBirth">Place of birth as written.</param>
/// <param name="Nationality">An ISO code ("af") or a country name ("Iraq"), or empty.</param>
public sealed record CandidateRow(
    int Row,
    int Line,
    string FullName,
    string FirstName,
    string MiddleName,
    string LastName,
    string Gender,
    string DateOfBirth,
    string PlaceOfBirth,
    string Nationality);
