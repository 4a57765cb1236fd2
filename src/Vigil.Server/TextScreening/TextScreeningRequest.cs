namespace Vigil.Server.TextScreening;

/// <summary>The body of <c>POST /v1/screen/text</c>.</summary>
/// <param name="Text">Free text in English or Spanish: news, remittance information, case notes.</param>
internal sealed record TextScreeningRequest(string? Text);
