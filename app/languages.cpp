#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tce {

namespace {

struct InstalledTranslators
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt; // Qt's own texts: dialog buttons, context menus
    QString code = QStringLiteral("en");
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

// The language of the system's UI languages we speak, else English.
QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        for (const Language &language : availableLanguages()) {
            const QLocale candidate(language.code);
            if (candidate.language() == locale.language() &&
                (candidate.language() != QLocale::Chinese ||
                 locale.script() != QLocale::TraditionalChineseScript))
                return language.code;
        }
    }
    return QStringLiteral("en");
}

// An installed .qm (share/token-cost-explorer/translations beside bin/) wins over the
// embedded one, so that a translator can try a new file without rebuilding.
bool loadAppTranslation(QTranslator &translator, const QString &code)
{
    const QString file = QStringLiteral("token-cost-explorer_%1").arg(code);
    const QString installedDir =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/token-cost-explorer/translations"));
    return translator.load(file, installedDir) || translator.load(file, QStringLiteral(":/i18n"));
}

} // namespace

const QList<Language> &availableLanguages()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QString applyLanguage(const QString &requested)
{
    InstalledTranslators &t = installed();
    const QString code = requested.isEmpty() ? systemLanguage() : requested;
    if (t.app)
        QCoreApplication::removeTranslator(t.app.get());
    if (t.qt)
        QCoreApplication::removeTranslator(t.qt.get());
    t.app.reset();
    t.qt.reset();
    QString used = QStringLiteral("en");
    if (code != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        if (loadAppTranslation(*app, code)) {
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                t.qt = std::move(qt);
            t.app = std::move(app);
            used = code;
        }
    }
    // Numbers are written as the UI's language writes them (2.048,5 in German), so that a
    // window or an exported chart reads consistently.
    QLocale::setDefault(QLocale(used == QLatin1String("en") ? QStringLiteral("en_US") : used));
    if (t.qt)
        QCoreApplication::installTranslator(t.qt.get());
    if (t.app)
        QCoreApplication::installTranslator(t.app.get());
    t.code = used;
    return used;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace tce
