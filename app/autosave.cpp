#include "autosave.h"

#include "jsonfile.h"
#include "savefile.h"
#include "scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace tce {

namespace {

// Beside the scenario's own keys; a scenario reader that does not know it only warns.
const QString kSourceFileKey = QStringLiteral("autosave_source_file");

QString lockFileFor(const QString &sessionFile)
{
    QString lock = sessionFile;
    lock.replace(QLatin1String(".tce.json"), QLatin1String(".lock"));
    return lock;
}

} // namespace

QString Autosave::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

Autosave::Autosave(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
    m_sessionFile = QDir(m_folder).filePath(
        QStringLiteral("session-%1.tce.json").arg(QCoreApplication::applicationPid()));
    m_lock = std::make_unique<QLockFile>(lockFileFor(m_sessionFile));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!m_lock->tryLock(0))
        m_lastError = tr("%1: cannot lock (%2)")
                          .arg(QDir::toNativeSeparators(m_lock->fileName()))
                          .arg(int(m_lock->error()));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::flush);
}

Autosave::~Autosave() = default;

void Autosave::scenarioChanged(const Scenario &scenario)
{
    m_scenario = std::make_unique<Scenario>(scenario);
    m_pending = true;
    m_timer->start();
}

void Autosave::setSourceFile(const QString &path)
{
    if (path == m_sourceFile)
        return;
    m_sourceFile = path;
    // Nothing to write before the first change: a crash then loses nothing.
    if (m_scenario) {
        m_pending = true;
        m_timer->start();
    }
}

void Autosave::flush()
{
    m_timer->stop();
    if (!m_pending)
        return;
    QJsonObject json = scenarioToJson(*m_scenario);
    if (!m_sourceFile.isEmpty())
        json.insert(kSourceFileKey, m_sourceFile);
    const Status written =
        writeFileAtomically(m_sessionFile, QJsonDocument(json).toJson(QJsonDocument::Indented));
    const QString error = written
                              ? QString()
                              : QStringLiteral("%1: cannot write (%2)")
                                    .arg(QDir::toNativeSeparators(m_sessionFile), written.error());
    m_pending = false;
    // Reported once per failure streak, not on every slider step.
    if (!error.isEmpty() && m_lastError.isEmpty())
        emit saveFailed(error);
    m_lastError = error;
}

void Autosave::finishCleanly()
{
    m_timer->stop();
    m_pending = false;
    QFile::remove(m_sessionFile);
    m_lock->unlock();
}

QList<Autosave::Orphan> Autosave::orphans() const
{
    QList<Orphan> out;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("session-*.tce.json")},
                                                             QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        if (info.absoluteFilePath() == QFileInfo(m_sessionFile).absoluteFilePath())
            continue;
        // A lock that can be taken has no living owner (QLockFile checks the PID).
        QLockFile other(lockFileFor(info.absoluteFilePath()));
        other.setStaleLockTime(0);
        if (!other.tryLock(0))
            continue;
        other.unlock();
        out.append({info.absoluteFilePath(), lockFileFor(info.absoluteFilePath())});
    }
    return out;
}

void Autosave::discard(const QList<Orphan> &orphans)
{
    for (const Orphan &o : orphans) {
        QFile::remove(o.file);
        QFile::remove(o.lockFile);
    }
}

Result<Autosave::Session> Autosave::read(const QString &sessionFile)
{
    auto json = readJsonObjectFile(sessionFile);
    if (!json)
        return Result<Session>::failure(json.error());
    const QString source = json->take(kSourceFileKey).toString();
    const auto loaded = scenarioFromJson(json.value(), QFileInfo(sessionFile).fileName());
    if (!loaded)
        return Result<Session>::failure(loaded.error());
    return Session{loaded->scenario, source};
}

} // namespace tce
