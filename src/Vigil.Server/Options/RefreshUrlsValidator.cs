using Microsoft.Extensions.Options;
using Vigil.Server.Refresh;

namespace Vigil.Server.Options;

/// <summary>Checks what the ranges cannot: URLs, source codes and file names of <see cref="RefreshScheduleOptions"/>.</summary>
internal sealed class RefreshUrlsValidator : IValidateOptions<RefreshScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, RefreshScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            RefreshSettings.Build(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(RefreshSettings.Describe(ex));
        }
    }
}
