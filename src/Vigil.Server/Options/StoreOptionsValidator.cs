using Microsoft.Extensions.Options;

namespace Vigil.Server.Options;

/// <summary>Source-generated validation of <see cref="StoreOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>;
