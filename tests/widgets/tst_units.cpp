#include "testregistry.h"
#include "units.h"

#include <QLocale>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace tce;

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
    void valuesKeepThreeSignificantDigits();
    void ticksOfAnAxisReadAlike();
    void aSignStaysWithItsNumber();
};

void TestUnits::valuesKeepThreeSignificantDigits()
{
    QCOMPARE(units::usd(0.00189), QStringLiteral("$0.00189"));
    QCOMPARE(units::usd(3.65), QStringLiteral("$3.65"));
    QCOMPARE(units::usd(0.8), QStringLiteral("$0.800"));
    QCOMPARE(units::seconds(0.00487), QStringLiteral("4.87\u202Fms"));
}

void TestUnits::ticksOfAnAxisReadAlike()
{
    {
        // A linear axis in steps of $0.2: $0.8 beside $1.0, not $0.800 beside $1.00.
        const units::TickStep step(0.2);
        QCOMPARE(units::usd(0.8), QStringLiteral("$0.8"));
        QCOMPARE(units::usd(1.0), QStringLiteral("$1.0"));
        QCOMPARE(units::usd(0), QStringLiteral("$0.0"));
    }
    {
        const units::TickStep step(0.25);
        QCOMPARE(units::usd(1.5), QStringLiteral("$1.50"));
    }
    {
        // A logarithmic axis: each decade as it is, no trailing zeros.
        const units::TickStep step(1e-6);
        QCOMPARE(units::usd(1e-6), QStringLiteral("$0.000001"));
    }
    {
        const units::TickStep step(1.0);
        QCOMPARE(units::usd(1.0), QStringLiteral("$1"));
    }
    {
        // In the unit the label shows: steps of half a GiB.
        const units::TickStep step(0.5 * 1024 * 1024 * 1024);
        QCOMPARE(units::bytes(1.5 * 1024 * 1024 * 1024), QStringLiteral("1.5\u202FGiB"));
        QCOMPARE(units::bytes(2.0 * 1024 * 1024 * 1024), QStringLiteral("2.0\u202FGiB"));
    }
    {
        // A power of ten in GiB has no short exact form: three significant digits then.
        const units::TickStep step(1e9);
        QCOMPARE(units::bytes(1e9), QStringLiteral("954\u202FMiB"));
    }
    // Outside a tick, values are as before.
    QCOMPARE(units::usd(0.8), QStringLiteral("$0.800"));
}

void TestUnits::aSignStaysWithItsNumber()
{
    // "margin −" at the end of one line and "$0.05" on the next read as a dash.
    const QString text = units::usd(-0.05);
    QVERIFY(text.startsWith(QStringLiteral("−")));
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    lines.toStart();
    while (lines.toNextBoundary() >= 0) {
        const qsizetype at = lines.position();
        QVERIFY2(at == 0 || at == text.size(),
                 qPrintable(QStringLiteral("a line may break at %1 in %2").arg(at).arg(text)));
    }
}

TCE_TEST_MAIN(TestUnits)
#include "tst_units.moc"
