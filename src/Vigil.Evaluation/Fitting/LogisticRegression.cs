
namespace Vigil.Evaluation.Fitting;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares), with step
/// halving when a full step would raise the loss. Fully deterministic: no random start, no shuffling, a fixed
/// order of summation, so the same data gives the same weights to the last digit on every machine.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits a bias and one weight per column of <paramref name="features"/>.</summary>
    /// <param name="features">One row per example, all of the same length.</param>
    /// <param name="labels">True for a positive example.</param>
    /// <param name="options">Penalty and stopping rule; <see cref="LogisticFitOptions.Default"/> when null.</param>
    public static LogisticFit Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, LogisticFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= LogisticFitOptions.Default;
        if (features.Count != labels.Count)
        {
            throw new ArgumentException("One label per feature row is needed.", nameof(labels));
        }

        if (features.Count == 0)
        {
            throw new ArgumentException("At least one example is needed.", nameof(features));
        }

        var d = features[0].Length;
        foreach (var row in features)
        {
            if (row.Length != d)
            {
                throw new ArgumentException("All feature rows must have the same length.", nameof(features));
            }
        }

        var p = d + 1;
        var theta = new double[p];
        var gradient = new double[p];
        var hessian = new double[p, p];
        var x = new double[p];
        var loss = Objective(features, labels, theta, options.L2);
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var n = 0; n < features.Count; n++)
            {
                Extend(features[n], x);
                var mu = Sigmoid(Dot(theta, x));
                var residual = mu - (labels[n] ? 1.0 : 0.0);
                var weight = Math.Max(mu * (1 - mu), 1e-12);
                for (var i = 0; i < p; i++)
                {
                    gradient[i] += residual * x[i];
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += weight * x[i] * x[j];
                    }
                }
            }

            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    hessian[j, i] = hessian[i, j];
                }

                // The bias is not penalised; a tiny ridge keeps the system solvable when a feature never varies.
                hessian[i, i] += i == 0 ? 1e-9 : options.L2;
                if (i > 0)
                {
                    gradient[i] += options.L2 * theta[i];
                }
            }

            var step = Solve(hessian, gradient);
            var scale = 1.0;
            double[] next;
            double nextLoss;
            while (true)
            {
                next = new double[p];
                for (var i = 0; i < p; i++)
                {
                    next[i] = theta[i] - (scale * step[i]);
                }

                nextLoss = Objective(features, labels, next, options.L2);
                if (nextLoss <= loss + 1e-12 || scale < 1e-6)
                {
                    break;
                }

                scale /= 2;
            }

            var moved = 0.0;
            for (var i = 0; i < p; i++)
            {
                moved = Math.Max(moved, Math.Abs(next[i] - theta[i]));
            }

            theta = next;
            loss = nextLoss;
            if (moved <= options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        var logLoss = 0.0;
        for (var n = 0; n < features.Count; n++)
        {
            Extend(features[n], x);
            logLoss += PointLoss(Dot(theta, x), labels[n]);
        }

        return new LogisticFit(theta[0], [.. theta.AsSpan(1)], iterations, converged, logLoss / features.Count);
    }

    private static double Objective(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, double[] theta, double l2)
    {
        var x = new double[theta.Length];
        var total = 0.0;
        for (var n = 0; n < features.Count; n++)
        {
            Extend(features[n], x);
            total += PointLoss(Dot(theta, x), labels[n]);
        }

        for (var i = 1; i < theta.Length; i++)
        {
            total += 0.5 * l2 * theta[i] * theta[i];
        }

        return total;
    }

    // -log p(y | z), computed without overflow for large |z|.
    private static double PointLoss(double z, bool label)
    {
        var signed = label ? -z : z;
        return signed > 0 ? signed + Math.Log(1 + Math.Exp(-signed)) : Math.Log(1 + Math.Exp(signed));
    }

    private static void Extend(double[] row, double[] x)
    {
        x[0] = 1;
        row.AsSpan().CopyTo(x.AsSpan(1));
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    // Gaussian elimination with partial pivoting; the system is small (13 unknowns).
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            var diag = m[col, col];
            if (Math.Abs(diag) < 1e-15)
            {
                continue;
            }

            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / diag;
                if (f == 0)
                {
                    continue;
                }

                for (var c = col; c < n; c++)
                {
                    m[r, c] -= f * m[col, c];
                }

                v[r] -= f * v[col];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var c = r + 1; c < n; c++)
            {
                s -= m[r, c] * result[c];
            }

            result[r] = Math.Abs(m[r, r]) < 1e-15 ? 0 : s / m[r, r];
        }

        return result;
    }
}
