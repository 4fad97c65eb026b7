// Runs a fuzz target's LLVMFuzzerTestOneInput over files, without libFuzzer: the normal test
// suite (and its sanitizer build) replays the seeds and every crasher kept in
// tests/fuzz/regressions/<target>/. Arguments: files or folders; at least one input must run.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    int inputs = 0;
    auto replay = [&](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return false;
        }
        const QByteArray bytes = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
        ++inputs;
        return true;
    };
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                if (!replay(it.next()))
                    return 1;
        } else if (QFileInfo::exists(path) && !replay(path)) {
            return 1;
        }
    }
    std::printf("%d inputs replayed without a fault\n", inputs);
    return inputs > 0 ? 0 : 1;
}
