#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
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
