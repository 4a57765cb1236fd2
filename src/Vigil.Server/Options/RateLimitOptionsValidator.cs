using Microsoft.Extensions.Options;

namespace Vigil.Server.Options;

/// <summary>Source-generated validation of <see cref="RateLimitOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
