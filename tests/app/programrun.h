#pragma once

// The real program run as a user runs it from a shell, for the app tests that check its
// exit code and output (tst_commandline, tst_exportlesson).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tce::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Without a display (or, with `offscreen`, on Qt's offscreen platform); `dataHome` replaces
// XDG_DATA_HOME, where user profiles are saved. exitCode -1: it crashed or took over 2 min.
inline Run runProgram(const QStringList &args, bool offscreen = false, const QString &dataHome = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty())
        env.insert("XDG_DATA_HOME", dataHome);
    env.remove("DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    env.remove("WAYLAND_DISPLAY");
    if (offscreen)
        env.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TCE_APP_BINARY), args);
    Run r;
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// The --options a text mentions (a --help page, the README).
inline QStringList optionsIn(const QString &text)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    for (const auto &match : option.globalMatch(text))
        options << match.captured();
    options.removeDuplicates();
    return options;
}

} // namespace tce::test
