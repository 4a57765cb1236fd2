using Microsoft.Extensions.Options;

namespace Vigil.Server.Options;

/// <summary>Source-generated validation of <see cref="ServerOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class ServerOptionsValidator : IValidateOptions<ServerOptions>;
