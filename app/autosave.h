#pragma once

#include "result.h"
#include "scenario.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace tce {

// Keeps the current scenario on disk while the program runs, so that a crash (or kill -9)
// loses nothing: each running instance writes <folder>/session-<pid>.tce.json a moment after
// the last change (atomically) and holds session-<pid>.lock. A clean exit removes both; a
// session file whose lock nobody holds belonged to an instance that died, and the next start
// offers to restore it. The session file is a scenario file that also names the file the
// scenario came from, so that a restored session gets its file name back.
class Autosave : public QObject
{
    Q_OBJECT
public:
    // `folder`: the app data folder's "autosave" by default.
    explicit Autosave(QString folder = defaultFolder(), QObject *parent = nullptr);
    ~Autosave() override;

    static QString defaultFolder();
    static constexpr int kDelayMs = 1500;

    // A change: written after kDelayMs without further changes.
    void scenarioChanged(const Scenario &scenario);
    // The file the scenario was opened from or saved to ("" for none); written with it.
    void setSourceFile(const QString &path);
    // Writes now if a change is waiting (also before a clean exit's cleanup).
    void flush();
    // A clean exit: this session's files go.
    void finishCleanly();
    QString sessionFile() const { return m_sessionFile; }
    // The last write's error, or "".
    QString lastError() const { return m_lastError; }

    // Session files left by instances that are no longer running, newest first.
    struct Orphan
    {
        QString file;
        QString lockFile;
    };
    QList<Orphan> orphans() const;
    // Forget orphans (after they were restored or declined).
    static void discard(const QList<Orphan> &orphans);

    struct Session
    {
        Scenario scenario;
        QString sourceFile; // "" when the scenario had no file
    };
    // A session file as this class writes it.
    static Result<Session> read(const QString &sessionFile);

signals:
    void saveFailed(const QString &error);

private:
    QString m_folder;
    QString m_sessionFile;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Scenario> m_scenario; // the last change, once there was one
    QString m_sourceFile;
    bool m_pending = false; // a change not yet written
    QTimer *m_timer = nullptr;
    QString m_lastError;
};

} // namespace tce
