namespace Vigil.Server.Entities;

/// <summary>A date of birth: <c>from</c>, <c>to</c> for a range, <c>circa</c>; <c>text</c> as Vigil writes it.</summary>
internal sealed record BirthDateDto(string From, string? To, bool Circa, string Text);
