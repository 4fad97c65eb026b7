#include "settingsmenus.h"

#include "apptheme.h"
#include "languages.h"
#include "settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <functional>

namespace tce {

namespace {

// The texts' translation context (these are free functions).
class SettingsMenus
{
    Q_DECLARE_TR_FUNCTIONS(tce::SettingsMenus)
};

// Exclusive choices {key, label}; the group dies with the menu.
void addChoices(QMenu *menu, const QList<std::pair<QString, QString>> &choices,
                const QString &current, const std::function<void(const QString &)> &choose)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[key, label] : choices) {
        QAction *action = menu->addAction(label, menu, [choose, key] { choose(key); });
        action->setCheckable(true);
        action->setChecked(key == current);
        group->addAction(action);
    }
}

} // namespace

QMenu *addThemeMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(SettingsMenus::tr("&Theme"));
    addChoices(menu,
               {{themeKey(AppTheme::System), SettingsMenus::tr("&System")},
                {themeKey(AppTheme::Light), SettingsMenus::tr("&Light")},
                {themeKey(AppTheme::Dark), SettingsMenus::tr("&Dark")}},
               themeKey(themeFromKey(settings::theme())), [](const QString &key) {
                   applyTheme(themeFromKey(key));
                   settings::setTheme(key);
               });
    return menu;
}

QMenu *addLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(SettingsMenus::tr("L&anguage"));
    QList<std::pair<QString, QString>> languages{{QString(), SettingsMenus::tr("&System default")}};
    for (const Language &language : availableLanguages())
        languages.append({language.code, language.nativeName});
    addChoices(menu, languages, settings::language(), [](const QString &code) {
        settings::setLanguage(code);
        applyLanguage(code);
    });
    return menu;
}

} // namespace tce
