#pragma once

#include <QDialog>

#include <functional>

class QAction;
class QTextBrowser;

namespace tce {

class Catalog;

// A window that shows a page of help (the guide, the shortcuts, About) and stays open beside
// the main window. Its page and title are asked for again when the language changes; the
// pages are built here, from what the caller passes in.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    struct Page
    {
        QString title;
        QString html;
    };
    HelpWindow(std::function<Page()> page, QWidget *parent = nullptr);

    QString html() const;
    // The guide shipped in resources (:/help/guide_<language>.html), English when the
    // language has none.
    static QString guideHtml(const QString &language);

    // The pages, in the current language: the guide;
    static Page guidePage();
    // Every command of these menus that has a shortcut, as the menus show it, then the keys
    // that are not menu commands (lessons, sliders, charts).
    static Page shortcutsPage(const QList<QAction *> &menus);
    // The program, its license, and where every preset's numbers come from.
    static Page aboutPage(const Catalog &catalog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    std::function<Page()> m_page;
    QTextBrowser *m_browser = nullptr;
};

} // namespace tce
