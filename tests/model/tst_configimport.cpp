#include "catalog.h"
#include "configimport.h"
#include "jsonfile.h"
#include "parametercount.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tce;

namespace {

QString describe(const ModelSpec &m)
{
    return QStringLiteral("L=%1 d=%2 h=%3 kv=%4 dh=%5 ff=%6 V=%7 gated=%8 tied=%9 norm=%10x%11 "
                          "bias=%12%13%14 window=%15x%16 moe=%17/%18/%19/%20/%21 mla=%22")
        .arg(m.numLayers)
        .arg(m.hiddenSize)
        .arg(m.numHeads)
        .arg(m.numKvHeads)
        .arg(m.headDim)
        .arg(m.ffnSize)
        .arg(m.vocabSize)
        .arg(m.gatedFfn)
        .arg(m.tiedEmbeddings)
        .arg(int(m.norm))
        .arg(m.normsPerLayer)
        .arg(m.qkvBias)
        .arg(m.outputBias)
        .arg(m.mlpBias)
        .arg(m.slidingWindow)
        .arg(m.slidingWindowLayers)
        .arg(m.moe.numExperts)
        .arg(m.moe.expertsPerToken)
        .arg(m.moe.expertFfnSize)
        .arg(m.moe.sharedExpertFfnSize)
        .arg(m.moe.firstDenseLayers)
        .arg(m.mla.kvLoraRank);
}

QJsonObject llama3Config()
{
    // The keys of meta-llama/Llama-3.1-8B config.json that matter (tests/data/configs).
    return QJsonObject{{"model_type", "llama"},
                       {"num_hidden_layers", 32},
                       {"hidden_size", 4096},
                       {"num_attention_heads", 32},
                       {"num_key_value_heads", 8},
                       {"intermediate_size", 14336},
                       {"vocab_size", 128256},
                       {"tie_word_embeddings", false},
                       {"max_position_embeddings", 131072}};
}

} // namespace

class TestConfigImport : public QObject
{
    Q_OBJECT
private slots:
    void realConfigsReproduceThePresets_data();
    void realConfigsReproduceThePresets();
    void nestedTextConfig();
    void keySpellings();
    void badValuesNameTheField_data();
    void badValuesNameTheField();
    void badFilesNameTheProblem_data();
    void badFilesNameTheProblem();
};

void TestConfigImport::realConfigsReproduceThePresets_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("presetId");
    for (const char *id :
         {"llama-2-7b", "llama-3.1-8b", "mistral-7b", "mixtral-8x7b", "qwen2.5-72b", "qwen2.5-7b",
          "gemma-2-9b", "deepseek-v3", "falcon-40b", "phi-3-mini"})
        QTest::newRow(id) << QStringLiteral("configs/%1.config.json").arg(QLatin1String(id))
                          << QString::fromLatin1(id);
}

void TestConfigImport::realConfigsReproduceThePresets()
{
    QFETCH(QString, fixture);
    QFETCH(QString, presetId);
    const auto imported = importHuggingFaceConfigFile(test::dataPath(fixture));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const ModelSpec *preset = test::sourceCatalog().findModel(presetId);
    QVERIFY(preset);
    QVERIFY2(imported->spec.sameArchitecture(*preset),
             qPrintable(QStringLiteral("\nimported %1\npreset   %2")
                            .arg(describe(imported->spec), describe(*preset))));
    QCOMPARE(countParameters(imported->spec).total, countParameters(*preset).total);
}

void TestConfigImport::nestedTextConfig()
{
    // llava-hf/llava-1.5-7b-hf nests a Llama-2-7B whose text_config leaves the sizes at the
    // LlamaConfig defaults; its vocabulary has 32064 entries (image tokens added).
    const auto imported =
        importHuggingFaceConfigFile(test::dataPath("configs/llava-1.5-7b.config.json"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    ModelSpec expected = *test::sourceCatalog().findModel("llama-2-7b");
    expected.vocabSize = 32064;
    QVERIFY2(imported->spec.sameArchitecture(expected), qPrintable(describe(imported->spec)));
    QVERIFY(!imported->warnings.isEmpty()); // it says which defaults it filled in
}

void TestConfigImport::keySpellings()
{
    // GPT-2 spellings (n_layer, n_embd, n_head, n_inner null, n_positions): GPT-2 small has
    // 124,439,808 parameters (Hugging Face gpt2 checkpoint).
    const QJsonObject gpt2{{"model_type", "gpt2"}, {"n_layer", 12},           {"n_embd", 768},
                           {"n_head", 12},         {"n_inner", QJsonValue()}, {"n_positions", 1024},
                           {"vocab_size", 50257}};
    const auto imported = importHuggingFaceConfig(gpt2, "gpt2");
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->spec.ffnSize, int64_t(3072));
    QCOMPARE(countParameters(imported->spec).total, int64_t(124'439'808));

    // Qwen2 configs name a window they do not use.
    QJsonObject qwen = llama3Config();
    qwen.insert("model_type", "qwen2");
    qwen.insert("sliding_window", 131072);
    qwen.insert("use_sliding_window", false);
    QCOMPARE(importHuggingFaceConfig(qwen, "qwen")->spec.slidingLayerCount(), 0);

    // layer_types (transformers >= 4.53) says which layers slide.
    QJsonObject mixed = llama3Config();
    mixed.insert("num_hidden_layers", 4);
    mixed.insert("sliding_window", 512);
    mixed.insert("layer_types", QJsonArray{"sliding_attention", "full_attention",
                                           "sliding_attention", "sliding_attention"});
    const auto withTypes = importHuggingFaceConfig(mixed, "mixed");
    QVERIFY2(withTypes.ok(), qPrintable(withTypes.error()));
    QCOMPARE(withTypes->spec.slidingLayerCount(), 3);
    QCOMPARE(withTypes->spec.slidingWindow, 512);
}

void TestConfigImport::badValuesNameTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("messageParts");
    auto row = [](const char *name, const char *key, QJsonValue value, QStringList parts) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << parts;
    };
    row("missing layers", "num_hidden_layers", QJsonValue(QJsonValue::Undefined),
        {"missing required key", "num_hidden_layers"});
    row("zero layers", "num_hidden_layers", 0, {"\"num_hidden_layers\"", "is 0"});
    row("negative width", "hidden_size", -4096, {"\"hidden_size\"", "-4096"});
    row("fractional heads", "num_attention_heads", 32.5,
        {"\"num_attention_heads\"", "32.5", "whole number"});
    row("string layers", "num_hidden_layers", "32", {"\"num_hidden_layers\"", "\"32\""});
    row("NaN as a string", "hidden_size", "NaN", {"\"hidden_size\"", "\"NaN\""});
    row("absurd layers", "num_hidden_layers", 1e9, {"\"num_hidden_layers\"", "1000000000"});
    row("kv heads do not divide", "num_key_value_heads", 7, {"num_key_value_heads", "7", "32"});
    row("head_dim zero", "head_dim", 0, {"\"head_dim\"", "is 0"});
    row("absurd vocabulary", "vocab_size", 1e12, {"\"vocab_size\""});
    row("null layers", "num_hidden_layers", QJsonValue(QJsonValue::Null),
        {"missing required key", "num_hidden_layers"});
}

void TestConfigImport::badValuesNameTheField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, messageParts);
    QJsonObject config = llama3Config();
    if (value.isUndefined())
        config.remove(key);
    else
        config.insert(key, value);
    const auto imported = importHuggingFaceConfig(config, "config.json");
    QVERIFY(!imported.ok());
    for (const QString &part : messageParts)
        QVERIFY2(imported.error().contains(part), qPrintable(imported.error()));
    QVERIFY2(imported.error().startsWith("config.json"), qPrintable(imported.error()));
}

void TestConfigImport::badFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("empty") << QByteArray() << QStringList{"empty"};
    QTest::newRow("top-level array") << QByteArray("[1, 2]") << QStringList{"JSON object"};
    QTest::newRow("truncated") << QByteArray("{\n\"num_hidden_layers\": 32,\n\"hidden_size\": 40")
                               << QStringList{"line 3", "not valid JSON"};
    QTest::newRow("bare NaN") << QByteArray("{\"hidden_size\": NaN}")
                              << QStringList{"line 1", "not valid JSON"};
    QTest::newRow("heads do not divide the width")
        << QByteArray("{\"model_type\": \"llama\", \"num_hidden_layers\": 2, \"hidden_size\": 100,"
                      " \"num_attention_heads\": 3, \"intermediate_size\": 10, \"vocab_size\": 10}")
        << QStringList{"\"hidden_size\" 100", "\"num_attention_heads\" 3", "head_dim"};
    QTest::newRow("over two trillion parameters")
        << QByteArray(
               "{\"model_type\": \"llama\", \"num_hidden_layers\": 10000, \"hidden_size\": 100000,"
               " \"num_attention_heads\": 100, \"intermediate_size\": 400000, \"vocab_size\": 10}")
        << QStringList{"parameters"};
    QTest::newRow("too many experts per token")
        << QByteArray("{\"model_type\": \"mixtral\", \"num_hidden_layers\": 2, \"hidden_size\": 64,"
                      " \"num_attention_heads\": 4, \"intermediate_size\": 10, \"vocab_size\": 10,"
                      " \"num_local_experts\": 8, \"num_experts_per_tok\": 9}")
        << QStringList{"\"num_experts_per_tok\"", "9"};
}

void TestConfigImport::badFilesNameTheProblem()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("config.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    const auto imported = importHuggingFaceConfigFile(path);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains("config.json"), qPrintable(imported.error()));
    for (const QString &part : messageParts)
        QVERIFY2(imported.error().contains(part), qPrintable(imported.error()));
}

TCE_TEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
