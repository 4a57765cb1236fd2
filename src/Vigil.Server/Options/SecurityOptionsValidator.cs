using Microsoft.Extensions.Options;

namespace Vigil.Server.Options;

/// <summary>Source-generated validation of <see cref="SecurityOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class SecurityOptionsValidator : IValidateOptions<SecurityOptions>;
