#pragma once

#include "catalog.h"
#include "scenariobuilder.h"

#include <QString>

#include <cmath>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tce::test {

// Runs `body` in a forked child, for what a test cannot undo in its own process (another
// user, a file size limit), and returns its exit code; -1 when it did not exit normally.
// The child only does file work: fonts and threads do not survive a fork.
inline int exitCodeInChild(const std::function<int()> &body)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0)
        ::_exit(body());
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

// In such a child: become the unprivileged user nobody (root writes anywhere).
inline bool becomeNobody()
{
    return ::setgid(65534) == 0 && ::setuid(65534) == 0;
}

// In such a child: a full disk. Writes past `bytes` fail (EFBIG, as ENOSPC on a full disk)
// and are reported instead of killing the process (SIGXFSZ).
inline bool limitFileSize(rlim_t bytes)
{
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{bytes, bytes};
    return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(TCE_TEST_DATA_DIR "/") + relative;
}

// The project's shared real data (../shared/data: traces, price catalog), never copied here.
inline QString sharedDataPath(const QString &relative)
{
    return QStringLiteral(TCE_SHARED_DATA_DIR "/") + relative;
}

// The repository's catalog files, read from the source tree so a broken file fails a test
// with its message instead of aborting the built-in loader.
inline const Catalog &sourceCatalog()
{
    static const Catalog catalog = [] {
        auto loaded = Catalog::loadFromDirectory(QStringLiteral(TCE_CATALOG_DIR));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return loaded.value();
    }();
    return catalog;
}

inline bool relativelyClose(double actual, double expected, double tolerance)
{
    if (expected == 0)
        return std::fabs(actual) <= tolerance;
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

} // namespace tce::test

#define TCE_COMPARE_RELATIVE(actual, expected, tolerance)                                          \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!tce::test::relativelyClose(a_, e_, (tolerance)))                                      \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 within %4 relative")             \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'g', 17)                                              \
                                 .arg(e_, 0, 'g', 17)                                              \
                                 .arg(double(tolerance))));                                        \
    } while (false)
