#include "presenterview.h"

#include "charttheme.h"
#include "chartview.h"
#include "lesson.h"
#include "lessonlibrary.h"
#include "translatedtexts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace tce {

namespace {

// The preview's pixels: a 16:9 slide as large as the preview gets on a 1920x1080 screen.
const QSize kPreviewPixels(1280, 720);
// Type sizes, times the application's font: read from a lectern, an arm's length or more away.
constexpr double kTextScale = 1.5;
constexpr double kNotesScale = 1.7;
constexpr double kHeaderScale = 1.8;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// An image drawn as large as it fits, keeping its shape: the charts at any screen size.
class SlidePicture : public QWidget
{
public:
    explicit SlidePicture(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(160, 90);
    }
    void setImage(const QImage &image)
    {
        const bool reshaped = image.size() != m_image.size();
        m_image = image;
        if (reshaped)
            updateGeometry();
        update();
    }
    // As tall as the image is for this width, so that the caption sits right under it.
    bool hasHeightForWidth() const override { return m_fitsHeightToWidth; }
    int heightForWidth(int width) const override
    {
        if (m_image.isNull() || m_image.width() == 0)
            return width * 9 / 16;
        return int(double(width) * m_image.height() / m_image.width());
    }
    void fitHeightToWidth()
    {
        m_fitsHeightToWidth = true;
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    const QImage &image() const { return m_image; }
    // Shown instead of an image ("End of lesson").
    void setText(const QString &text)
    {
        m_text = text;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (m_image.isNull()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_text);
            return;
        }
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize fitted =
            QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio).toSize();
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                           fitted);
        painter.drawImage(target, m_image);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
    }

private:
    QImage m_image;
    QString m_text;
    bool m_fitsHeightToWidth = false;
};

PresenterView::PresenterView(const LessonLibrary &library, const Catalog &catalog, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_library(library)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("presenterView"));
    // Every key is presentation mode's (a clicker's PageDown, Esc): the view takes the focus,
    // none of its parts does.
    setFocusPolicy(Qt::StrongFocus);

    m_title = new QLabel(this);
    m_position = new QLabel(this);
    m_clock = new QLabel(this);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addSpacing(24);
    header->addWidget(m_position);
    header->addSpacing(48);
    header->addWidget(m_clock);

    m_nowHeading = new QLabel(this);
    m_current = new SlidePicture(this);
    m_caption = wrappingLabel(this);
    auto *now = new QVBoxLayout;
    now->addWidget(m_nowHeading);
    m_current->fitHeightToWidth();
    now->addWidget(m_current);
    now->addWidget(m_caption);
    now->addStretch(1);

    m_nextHeading = new QLabel(this);
    m_next = new SlidePicture(this);
    m_nextCaption = wrappingLabel(this);
    m_notesHeading = new QLabel(this);
    m_notes = wrappingLabel(this);
    // Long notes scroll (with the mouse wheel) rather than push the pictures off the screen;
    // the clicker's keys stay presentation mode's.
    auto *notesArea = new QScrollArea(this);
    notesArea->setWidget(m_notes);
    notesArea->setWidgetResizable(true);
    notesArea->setFrameShape(QFrame::NoFrame);
    notesArea->setFocusPolicy(Qt::NoFocus);
    notesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *side = new QVBoxLayout;
    side->addWidget(m_nextHeading);
    side->addWidget(m_next, 2);
    side->addWidget(m_nextCaption);
    side->addSpacing(12);
    side->addWidget(m_notesHeading);
    side->addWidget(notesArea, 3);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setHorizontalSpacing(32);
    layout->addLayout(header, 0, 0, 1, 2);
    layout->addLayout(now, 1, 0);
    layout->addLayout(side, 1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    // A coarse timer may fire up to 5% early: at 0.95 s the clock still reads 0:00:00 and the
    // next tick, at 1.9-2 s, can skip to 0:00:02.
    m_clockTimer->setTimerType(Qt::PreciseTimer);
    connect(m_clockTimer, &QTimer::timeout, this, &PresenterView::updateClock);
    m_clockTimer->start();
    m_nextTimer = new QTimer(this);
    m_nextTimer->setSingleShot(true);
    connect(m_nextTimer, &QTimer::timeout, this, &PresenterView::drawNext);

    setFonts();
    restartClock();
    showTexts();
}

PresenterView::~PresenterView() = default;

void PresenterView::setFonts()
{
    // The window's type is presentation mode's business; the presenter's follows the program's.
    const QFont base = QApplication::font();
    setFont(theme::scaledFont(base, kTextScale));
    m_title->setFont(theme::scaledFont(base, kHeaderScale, true));
    m_position->setFont(theme::scaledFont(base, kHeaderScale, true));
    m_clock->setFont(theme::scaledFont(base, kHeaderScale));
    m_notes->setFont(theme::scaledFont(base, kNotesScale));
    for (QLabel *heading : {m_nowHeading, m_nextHeading, m_notesHeading})
        heading->setFont(theme::scaledFont(base, kTextScale, true));
}

void PresenterView::showStep(int lesson, int step)
{
    m_lesson = lesson;
    m_step = step;
    showTexts();
    m_next->setImage(QImage());
    m_next->setText(QString());
    m_nextTimer->start(0);
}

void PresenterView::setCurrentPicture(const QImage &picture)
{
    m_current->setImage(picture);
}

void PresenterView::restartClock()
{
    m_presenting.start();
    updateClock();
}

void PresenterView::showTexts()
{
    setWindowTitle(tr("Presenter view"));
    m_nowHeading->setText(tr("Now"));
    m_nextHeading->setText(tr("Next"));
    m_notesHeading->setText(tr("Notes"));
    const Lesson *lesson = m_library.lesson(m_lesson);
    const LessonStep *step = m_library.step(m_lesson, m_step);
    if (!lesson || !step) {
        m_title->clear();
        m_position->clear();
        m_caption->clear();
        m_nextCaption->clear();
        m_notesSource.clear();
        m_notes->setText(tr("No lesson is open."));
        return;
    }
    m_title->setText(shownLessonText(lesson->title));
    m_position->setText(tr("Step %1 of %2").arg(m_step + 1).arg(lesson->steps.size()));
    m_caption->setText(shownLessonText(step->caption));
    m_notesSource = shownLessonText(step->notes);
    // A step without notes says so quietly, so that an empty panel is not taken for a fault.
    QPalette notesPalette = palette();
    if (m_notesSource.isEmpty()) {
        m_notes->setText(tr("No notes for this step."));
        notesPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else {
        m_notes->setText(m_notesSource);
    }
    m_notes->setPalette(notesPalette);
    const LessonStep *next = m_library.step(m_lesson, m_step + 1);
    m_nextCaption->setText(next ? shownLessonText(next->caption) : QString());
    if (!next)
        m_next->setText(tr("End of lesson"));
}

void PresenterView::drawNext()
{
    const Lesson *lesson = m_library.lesson(m_lesson);
    if (!lesson || !m_library.step(m_lesson, m_step + 1)) {
        m_next->setImage(QImage());
        m_next->setText(tr("End of lesson"));
        return;
    }
    // Drawn from the step's own scenario, as an exported slide: the audience's window keeps
    // the step on screen now.
    auto slide = prepareLessonSlide(m_catalog, *lesson, m_step + 1, false, m_workloads);
    if (!slide) {
        m_next->setImage(QImage());
        m_next->setText(slide.error());
        return;
    }
    m_next->setImage(renderSlideImage(slide->slide, kPreviewPixels));
}

void PresenterView::updateClock()
{
    const qint64 seconds = m_presenting.isValid() ? m_presenting.elapsed() / 1000 : 0;
    const QString spent = QStringLiteral("%1:%2:%3")
                              .arg(seconds / 3600)
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_clock->setText(
        tr("%1 · presenting %2")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), spent));
}

QString PresenterView::positionText() const
{
    return m_position->text();
}

QString PresenterView::captionText() const
{
    return m_caption->text();
}

QString PresenterView::notesText() const
{
    return m_notesSource;
}

QString PresenterView::nextText() const
{
    return m_library.step(m_lesson, m_step + 1) ? m_nextCaption->text() : tr("End of lesson");
}

QImage PresenterView::currentPicture() const
{
    return m_current->image();
}

QImage PresenterView::nextPicture() const
{
    return m_next->image();
}

QString PresenterView::clockText() const
{
    return m_clock->text();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    emit keyPressed(event->key());
    event->accept();
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager: presentation mode decides what follows.
    event->ignore();
    emit closeRequested();
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        showTexts();
        updateClock();
        m_nextTimer->start(0); // the preview's texts too
    }
    QWidget::changeEvent(event);
}

} // namespace tce
