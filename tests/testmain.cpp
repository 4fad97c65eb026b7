// The main() of each layer's test executable: runs the test file named by the first argument.

#include "testregistry.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace {

std::map<std::string, tce::test::TestRun> &registry()
{
    static std::map<std::string, tce::test::TestRun> runs;
    return runs;
}

std::string baseName(const char *path)
{
    std::string name(path);
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

int listTests(std::FILE *out)
{
    for (const auto &entry : registry())
        std::fprintf(out, "%s\n", entry.first.c_str());
    return 0;
}

} // namespace

bool tce::test::registerTest(const char *sourceFile, TestRun run)
{
    // Two files of one name in a layer would make one of them unreachable.
    if (!registry().emplace(baseName(sourceFile), run).second) {
        std::fprintf(stderr, "two tests named %s\n", baseName(sourceFile).c_str());
        std::abort();
    }
    return true;
}

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "--list") == 0)
        return listTests(stdout);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test options]\n(--list: the tests)\n", argv[0]);
        return 2;
    }
    const auto run = registry().find(argv[1]);
    if (run == registry().end()) {
        std::fprintf(stderr, "%s: no test \"%s\"; the tests are:\n", argv[0], argv[1]);
        listTests(stderr);
        return 2;
    }
    // Qt Test sees the program and the options after the test's name.
    argv[1] = argv[0];
    return run->second(argc - 1, argv + 1);
}
