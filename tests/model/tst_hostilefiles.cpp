// Every file the app reads, against every fault in docs/file-faults.md: the table there is
// the specification and this test checks each row against the real readers on real files.
// A row's message must appear in the error, which also names the file; "accepted" rows load.
#include "configimport.h"
#include "jsonfile.h"
#include "lesson.h"
#include "pricecatalog.h"
#include "scenariofile.h"
#include "testregistry.h"
#include "workload.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <set>

using namespace tce;

namespace {

QByteArray readSource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A valid file of each type, and the reader the app uses for it.
struct FileType
{
    QString fileName;
    QByteArray valid;
    std::function<QString(const QString &path)> read; // the error, or ""
};

const std::map<QString, FileType> &fileTypes()
{
    static const std::map<QString, FileType> types{
        {QStringLiteral("config.json"),
         {QStringLiteral("config.json"),
          readSource(QStringLiteral(TCE_TEST_DATA_DIR "/configs/llama-3.1-8b.config.json")),
          [](const QString &p) {
              const auto r = importHuggingFaceConfigFile(p);
              return r ? QString() : r.error();
          }}},
        {QStringLiteral("scenario"),
         {QStringLiteral("work.tce.json"),
          readSource(
              QStringLiteral(TCE_SOURCE_DIR "/tests/fuzz/seeds/fuzz_scenario/default.tce.json")),
          [](const QString &p) {
              const auto r = readScenarioFile(p);
              return r ? QString() : r.error();
          }}},
        {QStringLiteral("LiteLLM prices"),
         {QStringLiteral("prices.json"),
          QByteArray("{\n  \"gpt-4o\": {\n    \"litellm_provider\": \"openai\",\n    \"mode\": "
                     "\"chat\",\n    \"input_cost_per_token\": 5e-06,\n    "
                     "\"output_cost_per_token\": 1.5e-05\n  }\n}\n"),
          [](const QString &p) {
              const auto r = importLiteLlmPrices(p);
              return r ? (r->entries.isEmpty() ? QStringLiteral("no entries") : QString())
                       : r.error();
          }}},
        {QStringLiteral("price CSV"),
         {QStringLiteral("prices.csv"),
          readSource(QStringLiteral(TCE_SOURCE_DIR "/tests/fuzz/seeds/fuzz_price_csv/prices.csv")),
          [](const QString &p) {
              const auto r = importPriceCsv(p);
              return r ? QString() : r.error();
          }}},
        {QStringLiteral("trace CSV"),
         {QStringLiteral("trace.csv"),
          QByteArray("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46,2048,512\n"
                     "2023-11-16 18:15:50,100,7\n"),
          [](const QString &p) {
              const auto r = importTraceCsv(p);
              return r ? QString() : r.error();
          }}},
        {QStringLiteral("lessons"),
         {QStringLiteral("lessons.json"),
          readSource(QStringLiteral(TCE_SOURCE_DIR "/resources/lessons/lessons.json")),
          [](const QString &p) {
              const auto r = loadLessons(p);
              return r ? QString() : r.error();
          }}},
    };
    return types;
}

QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    if (!bytes.contains(from))
        qFatal("the valid file lacks \"%s\"", from.constData());
    return bytes.replace(bytes.indexOf(from), from.size(), to);
}

// The faults: how each turns a valid file into a hostile one. Keys are the table's columns.
using Mutation = std::function<QByteArray(const QByteArray &valid)>;
const std::map<std::pair<QString, QString>, Mutation> &faults()
{
    static const auto jsonFaults = [] {
        std::map<QString, Mutation> m;
        m[QStringLiteral("larger than 64 MiB")] = [](const QByteArray &v) {
            return v + QByteArray(kMaxInputFileBytes, ' ');
        };
        m[QStringLiteral("empty")] = [](const QByteArray &) {
            return QByteArray();
        };
        m[QStringLiteral("only whitespace")] = [](const QByteArray &) {
            return QByteArray("\n  \r\n\t\n");
        };
        m[QStringLiteral("cut off")] = [](const QByteArray &v) {
            return v.left(v.size() / 2);
        };
        m[QStringLiteral("invalid UTF-8")] = [](const QByteArray &v) {
            const qsizetype quote = v.indexOf("\": \"") + 4;
            return v.left(quote) + QByteArray("\xC3\x28\xFF") + v.mid(quote);
        };
        m[QStringLiteral("nested 100 levels")] = [](const QByteArray &v) {
            const qsizetype brace = v.indexOf('{') + 1;
            return v.left(brace) + "\"deep\": " + QByteArray(100, '[') + QByteArray(100, ']') +
                   ",\n" + v.mid(brace);
        };
        m[QStringLiteral("a key twice, other value")] = [](const QByteArray &v) {
            const qsizetype brace = v.lastIndexOf('}');
            const QByteArray firstKey =
                v.mid(v.indexOf('"'), v.indexOf('"', v.indexOf('"') + 1) - v.indexOf('"') + 1);
            return v.left(brace) + ",\n" + firstKey + ": 12345\n}";
        };
        m[QStringLiteral("byte order mark")] = [](const QByteArray &v) {
            return QByteArray("\xEF\xBB\xBF") + v;
        };
        m[QStringLiteral("CRLF line ends")] = [](const QByteArray &v) {
            return QByteArray(v).replace("\n", "\r\n");
        };
        m[QStringLiteral("an array at the top")] = [](const QByteArray &v) {
            return '[' + v + ']';
        };
        m[QStringLiteral("a NUL byte")] = [](const QByteArray &v) {
            return v.left(v.size() / 3) + QByteArray(1, '\0') + v.mid(v.size() / 3);
        };
        return m;
    }();
    static const std::map<std::pair<QString, QString>, Mutation> all = [] {
        std::map<std::pair<QString, QString>, Mutation> m;
        for (const QString &type : {QStringLiteral("config.json"), QStringLiteral("scenario"),
                                    QStringLiteral("LiteLLM prices"), QStringLiteral("lessons")})
            for (const auto &[fault, mutation] : jsonFaults)
                m[{type, fault}] = mutation;
        auto add = [&](const char *type, const char *fault, QByteArray from, QByteArray to) {
            m[{QLatin1String(type), QLatin1String(fault)}] = [from, to](const QByteArray &v) {
                return replaced(v, from, to);
            };
        };
        // config.json
        add("config.json", "a number as text", "\"num_hidden_layers\": 32",
            "\"num_hidden_layers\": \"32\"");
        add("config.json", "negative", "\"hidden_size\": 4096", "\"hidden_size\": -4096");
        add("config.json", "absurdly large", "\"num_hidden_layers\": 32",
            "\"num_hidden_layers\": 1e12");
        add("config.json", "beyond double range", "\"hidden_size\": 4096",
            "\"hidden_size\": 1e999");
        add("config.json", "fractional count", "\"num_attention_heads\": 32",
            "\"num_attention_heads\": 32.5");
        add("config.json", "missing key", "\"hidden_size\": 4096,", "");
        add("config.json", "heads do not divide", "\"num_key_value_heads\": 8",
            "\"num_key_value_heads\": 7");
        // scenario
        add("scenario", "not a scenario", "\"format\": \"token-cost-explorer-scenario\"",
            "\"format\": \"something-else\"");
        add("scenario", "negative", "\"input_tokens\": 2048", "\"input_tokens\": -5");
        add("scenario", "absurdly large", "\"batch\": 1", "\"batch\": 1e9");
        add("scenario", "a number as text", "\"output_tokens\": 512", "\"output_tokens\": \"512\"");
        add("scenario", "a newer version", "\"version\": 1", "\"version\": 99");
        add("scenario", "an unknown compute format", "\"compute\": \"bf16\"",
            "\"compute\": \"bf08\"");
        // LiteLLM prices
        add("LiteLLM prices", "negative", "\"output_cost_per_token\": 1.5e-05",
            "\"output_cost_per_token\": -1.5e-05");
        add("LiteLLM prices", "a number as text", "\"input_cost_per_token\": 5e-06",
            "\"input_cost_per_token\": \"cheap\"");
        add("LiteLLM prices", "a token limit past 10^12", "\"mode\": \"chat\",",
            "\"mode\": \"chat\", \"max_output_tokens\": 5.5e110,");
        add("LiteLLM prices", "a tier threshold past 10^12", "\"output_cost_per_token\": 1.5e-05",
            "\"output_cost_per_token\": 1.5e-05, "
            "\"input_cost_per_token_above_99999999999999k_tokens\": 1e-06");
        // lessons
        add("lessons", "a step that is not an object", "\"steps\": [", "\"steps\": [ 7,");
        add("lessons", "missing key", "\"caption\": \"A prompt is processed",
            "\"note\": \"A prompt is processed");
        add("lessons", "an unknown scenario key", "\"scenario\": { \"batch\": 1 }",
            "\"scenario\": { \"bach\": 1 }");
        add("lessons", "a scenario field out of range", "\"scenario\": { \"batch\": 1 }",
            "\"scenario\": { \"batch\": 0 }");
        add("lessons", "a title without English", "\"title\": \"Why do output tokens cost more?\"",
            "\"title\": {\"de\": \"Warum?\"}");
        // price CSV
        auto csv = [&](const char *fault, Mutation mutation) {
            m[{QStringLiteral("price CSV"), QLatin1String(fault)}] = mutation;
            m[{QStringLiteral("trace CSV"), QLatin1String(fault)}] = mutation;
        };
        csv("larger than 64 MiB", jsonFaults.at(QStringLiteral("larger than 64 MiB")));
        csv("empty", jsonFaults.at(QStringLiteral("empty")));
        csv("byte order mark", jsonFaults.at(QStringLiteral("byte order mark")));
        csv("CRLF line ends", jsonFaults.at(QStringLiteral("CRLF line ends")));
        csv("invalid UTF-8", [](const QByteArray &v) {
            const qsizetype line2 = v.indexOf('\n') + 1;
            return v.left(line2) + QByteArray("\xFF\xFE") + v.mid(line2);
        });
        csv("only a header", [](const QByteArray &v) { return v.left(v.indexOf('\n') + 1); });
        add("price CSV", "a number as text", "gpt-4o,5,", "gpt-4o,five,");
        add("price CSV", "negative", "gpt-4o,5,15", "gpt-4o,5,-15");
        add("price CSV", "not a number", "gpt-4o,5,", "gpt-4o,nan,");
        add("price CSV", "a wrong header", "id,input_per_million", "model,input_per_million");
        add("price CSV", "a row with too many cells", "gpt-4o,5,15,2.5,,,", "gpt-4o,5,15,2.5,,,,9");
        add("price CSV", "an id twice", "claude-sonnet-4-5,", "gpt-4o,");
        add("trace CSV", "a number as text", ",2048,512", ",2048,lots");
        add("trace CSV", "negative", ",100,7", ",-100,7");
        add("trace CSV", "absurdly large", ",100,7", ",100,700000000000");
        add("trace CSV", "fractional count", ",100,7", ",100.5,7");
        add("trace CSV", "a missing column", "TIMESTAMP,ContextTokens,GeneratedTokens",
            "TIMESTAMP,ContextTokens,Tokens");
        add("trace CSV", "a row with too few cells", "2023-11-16 18:15:50,100,7",
            "2023-11-16 18:15:50,100");
        return m;
    }();
    return all;
}

struct Row
{
    QString type, fault, expected; // expected: "accepted" or a part of the message
};

// The table of docs/file-faults.md: | File | Fault | What the user is told |
QList<Row> documentedRows()
{
    const QString doc =
        QString::fromUtf8(readSource(QStringLiteral(TCE_SOURCE_DIR "/docs/file-faults.md")));
    QList<Row> rows;
    static const QRegularExpression row(
        QStringLiteral("^\\| *([^|]+?) *\\| *([^|]+?) *\\| *(.+?) *\\|$"),
        QRegularExpression::MultilineOption);
    auto it = row.globalMatch(doc);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == QLatin1String("File") || m.captured(1).startsWith(QLatin1Char('-')))
            continue;
        QString expected = m.captured(3);
        const qsizetype tick = expected.indexOf(QLatin1Char('`'));
        if (tick >= 0)
            expected =
                expected.mid(tick + 1, expected.indexOf(QLatin1Char('`'), tick + 1) - tick - 1);
        else if (expected.startsWith(QLatin1String("accepted")))
            expected = QStringLiteral("accepted");
        rows.append({m.captured(1), m.captured(2), expected});
    }
    return rows;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
private slots:
    void everyFaultIsDocumentedAndEveryRowTested()
    {
        std::set<std::pair<QString, QString>> documented;
        for (const Row &r : documentedRows()) {
            QVERIFY2(faults().count({r.type, r.fault}),
                     qPrintable(QStringLiteral("no test for %1 / %2").arg(r.type, r.fault)));
            documented.insert({r.type, r.fault});
        }
        for (const auto &[key, mutation] : faults())
            QVERIFY2(
                documented.count(key),
                qPrintable(QStringLiteral("undocumented: %1 / %2").arg(key.first, key.second)));
        QVERIFY(documented.size() >= 60);
    }

    void validFilesLoad_data()
    {
        QTest::addColumn<QString>("type");
        for (const auto &[type, info] : fileTypes())
            QTest::newRow(qPrintable(type)) << type;
    }
    void validFilesLoad()
    {
        QFETCH(QString, type);
        const FileType &t = fileTypes().at(type);
        QTemporaryDir dir;
        const QString path = dir.filePath(t.fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(t.valid) == t.valid.size());
        f.close();
        QCOMPARE(t.read(path), QString());
    }

    void eachRowGivesItsMessage_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        for (const Row &r : documentedRows())
            QTest::newRow(qPrintable(r.type + QStringLiteral(" / ") + r.fault))
                << r.type << r.fault << r.expected;
    }
    void eachRowGivesItsMessage()
    {
        QFETCH(QString, type);
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        const FileType &t = fileTypes().at(type);
        const QByteArray bytes = faults().at({type, fault})(t.valid);
        QTemporaryDir dir;
        const QString path = dir.filePath(t.fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        const QString error = t.read(path);
        if (qEnvironmentVariableIsSet("TCE_PRINT_FAULTS"))
            qInfo().noquote() << "|" << type << "|" << fault << "|"
                              << (error.isEmpty() ? QStringLiteral("accepted") : error) << "|";
        if (expected == QLatin1String("accepted")) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QVERIFY2(!error.isEmpty(), "the fault was not noticed");
        QVERIFY2(error.contains(t.fileName), qPrintable(error));
        QVERIFY2(error.contains(expected),
                 qPrintable(QStringLiteral("%1\nexpected: %2").arg(error, expected)));
    }
};

TCE_TEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
