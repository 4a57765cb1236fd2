using Microsoft.Extensions.Options;

namespace Vigil.Server.Options;

/// <summary>Source-generated validation of <see cref="RefreshScheduleOptions"/>'s ranges.</summary>
[OptionsValidator]
internal sealed partial class RefreshScheduleOptionsValidator : IValidateOptions<RefreshScheduleOptions>;
