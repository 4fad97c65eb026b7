#pragma once

#include <algorithm>
#include <cstdint>

// Exact integer sums over token positions. At 10M tokens and 2T parameters a request's FLOPs
// reach ~1e25 with a cache and ~1e28 without one, past int64 (9.2e18) and past a double's
// exact integers (9e15), so the closed forms run in 128-bit integers (max 1.7e38) and round
// once at the end.
namespace tce::exact {

__extension__ typedef __int128 Int128;

// S(n) = 1 + 2 + ... + n
constexpr Int128 triangular(Int128 n)
{
    return n <= 0 ? 0 : n * (n + 1) / 2;
}

// T(n) = S(1) + S(2) + ... + S(n) = n(n+1)(n+2)/6
constexpr Int128 tetrahedral(Int128 n)
{
    return n <= 0 ? 0 : n * (n + 1) * (n + 2) / 6;
}

// sum_{p=1..n} min(p, W): the keys a sliding-window layer attends to over positions 1..n.
constexpr Int128 windowedTriangular(Int128 n, Int128 window)
{
    if (n <= 0)
        return 0;
    if (window <= 0 || n <= window)
        return triangular(n);
    return triangular(window) + (n - window) * window;
}

// sum_{m=1..n} windowedTriangular(m, W)
constexpr Int128 windowedTetrahedral(Int128 n, Int128 window)
{
    if (n <= 0)
        return 0;
    if (window <= 0 || n <= window)
        return tetrahedral(n);
    const Int128 beyond = n - window;
    return tetrahedral(window) + beyond * triangular(window) + window * triangular(beyond);
}

// sum_{p=a..b} p
constexpr Int128 positionSum(Int128 a, Int128 b)
{
    return b < a ? 0 : triangular(b) - triangular(a - 1);
}

// sum_{p=a..b} min(p, W)
constexpr Int128 windowedPositionSum(Int128 a, Int128 b, Int128 window)
{
    return b < a ? 0 : windowedTriangular(b, window) - windowedTriangular(a - 1, window);
}

constexpr double toDouble(Int128 v)
{
    return static_cast<double>(static_cast<long double>(v));
}

} // namespace tce::exact
