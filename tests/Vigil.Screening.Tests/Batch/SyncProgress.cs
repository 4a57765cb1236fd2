namespace Vigil.Screening.Tests.Batch;

/// <summary>Records reports at once, on the reporting thread.</summary>
internal sealed class SyncProgress<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }
    }
}
