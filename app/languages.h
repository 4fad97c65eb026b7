#pragma once

#include <QList>
#include <QString>

namespace tce {

struct Language
{
    QString code;       // "de", "zh_CN"; "en" for the source language
    QString nativeName; // as its speakers write it: "Deutsch", "简体中文"
};

// The languages the program speaks: English and every translation built in.
const QList<Language> &availableLanguages();

// Installs the translators for `code` ("" = the system's language when we have it, else
// English) and makes it the default locale, so that numbers are written as that language
// writes them. Widgets receive QEvent::LanguageChange. Returns the code now in use.
QString applyLanguage(const QString &code);
QString currentLanguage();

} // namespace tce
