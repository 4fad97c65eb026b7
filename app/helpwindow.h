#pragma once

#include <QDialog>

#include <functional>

class QTextBrowser;

namespace tce {

// A window that shows a page of help (the guide, the shortcuts) and stays open beside the
// main window. Its page and title are asked for again when the language changes.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    std::function<Page()> m_page;
    QTextBrowser *m_browser = nullptr;
};

} // namespace tce
