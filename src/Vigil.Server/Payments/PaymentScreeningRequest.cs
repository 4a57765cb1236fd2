namespace Vigil.Server.Payments;

/// <summary>The body of <c>POST /v1/screen/payment</c>.</summary>
/// <param name="Message">The message as sent on the wire: pacs.008 XML or MT103 text.</param>
internal sealed record PaymentScreeningRequest(string? Message);
