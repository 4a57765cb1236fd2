using Vigil.Matching.Screening;

namespace Vigil.Server.Screening;

/// <summary>A bound search or match request: the screener in service, the result limit and the threshold.</summary>
internal readonly record struct QueryBinding(Screener Screener, int Limit, double Threshold);
