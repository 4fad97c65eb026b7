#include "helpwindow.h"

#include "catalog.h"
#include "languages.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tce {

HelpWindow::HelpWindow(std::function<Page()> page, QWidget *parent)
    : QDialog(parent)
    , m_page(std::move(page))
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
    reload();
}

QString HelpWindow::html() const
{
    return m_browser->toHtml();
}

QString HelpWindow::guideHtml(const QString &language)
{
    for (const QString &code :
         {language, language.section(QLatin1Char('_'), 0, 0), QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/help/guide_%1.html").arg(code));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

HelpWindow::Page HelpWindow::guidePage()
{
    return {tr("Token Cost Explorer Help"), guideHtml(currentLanguage())};
}

HelpWindow::Page HelpWindow::shortcutsPage(const QList<QAction *> &menus)
{
    QString rows;
    auto row = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    std::function<void(const QList<QAction *> &, const QString &)> walk =
        [&](const QList<QAction *> &actions, const QString &path) {
            for (QAction *action : actions) {
                const QString text = QString(action->text()).remove(QLatin1Char('&'));
                if (action->menu())
                    walk(action->menu()->actions(), path + text + QStringLiteral(" › "));
                else if (!action->shortcut().isEmpty())
                    row(action->shortcut().toString(QKeySequence::NativeText), path + text);
            }
        };
    walk(menus, QString());
    row(tr("Page Down, →, Space"), tr("Lesson: next step"));
    row(tr("Page Up, ←"), tr("Lesson: previous step"));
    row(tr("P"), tr("Presentation mode on one screen: switch between the audience's view and "
                    "the presenter view"));
    row(tr("Esc"), tr("Leave presentation mode"));
    row(tr("Tab, Shift+Tab"), tr("Move between controls; Alt with an underlined letter "
                                 "jumps to that control"));
    row(tr("Arrows, Page Up/Down, Home, End"), tr("Move the focused slider"));
    row(tr("Mouse wheel, drag, double click"), tr("Chart: zoom, pan, reset the view"));
    return {tr("Keyboard shortcuts"),
            QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">%2</table>")
                .arg(tr("Keyboard shortcuts").toHtmlEscaped(), rows)};
}

HelpWindow::Page HelpWindow::aboutPage(const Catalog &catalog)
{
    auto list = [](const QString &heading, const auto &items) {
        QString html = QStringLiteral("<h4>%1</h4><ul>").arg(heading.toHtmlEscaped());
        for (const auto &item : items) {
            QStringList links;
            for (const QString &source : item.sources)
                links << (source.startsWith(QLatin1String("http"))
                              ? QStringLiteral("<a href=\"%1\">%1</a>").arg(source.toHtmlEscaped())
                              : source.toHtmlEscaped());
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(item.name.toHtmlEscaped(), links.join(QStringLiteral("; ")));
        }
        return html + QStringLiteral("</ul>");
    };
    const QString html =
        tr("<h3>Token Cost Explorer %1</h3>"
           "<p>Why do output tokens cost more than input tokens? This program computes the "
           "FLOPs, memory traffic, KV cache, time and dollars of every token of a request "
           "for real model architectures on real hardware.</p>"
           "<p>License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built "
           "with Qt %2, QCustomPlot and Eigen.</p>"
           "<h3>Sources of the preset data</h3>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())) +
        list(tr("Models"), catalog.models) + list(tr("Hardware"), catalog.hardware) +
        list(tr("Engine profiles"), catalog.engines) + list(tr("API prices"), catalog.prices);
    return {tr("About Token Cost Explorer"), html};
}

void HelpWindow::reload()
{
    const Page page = m_page();
    setWindowTitle(page.title);
    m_browser->setHtml(page.html);
}

void HelpWindow::changeEvent(QEvent *event)
{
    // After the main window has rebuilt its menus (the shortcuts page lists them).
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &HelpWindow::reload, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

} // namespace tce
