#pragma once

// The tests of one layer are one executable (tests_model, tests_widgets, tests_app) whose first
// argument names the test file to run: `tests_app tst_language [Qt Test options]`. CTest runs
// each file in its own process, as when every file was its own executable, and the layer's
// files compile together (a unity build): each compile pays Qt's and QCustomPlot's template
// instantiations, about 5 s, once instead of once per file.

#include <QtTest>

namespace tce::test {

using TestRun = int (*)(int argc, char *argv[]);

// Files register at static initialisation, named by their base name ("tst_language").
bool registerTest(const char *sourceFile, TestRun run);

} // namespace tce::test

// As QTEST_MAIN and QTEST_GUILESS_MAIN, registered instead of being main().
#define TCE_TEST_RUNNER(TestObject, ...)                                                           \
    [[maybe_unused]] static const bool tceRegistered##TestObject =                                 \
        ::tce::test::registerTest(__FILE__, [](int argc, char *argv[]) -> int {                    \
            QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                     \
            __VA_ARGS__                                                                            \
            TestObject tc;                                                                         \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            return QTest::qExec(&tc, argc, argv);                                                  \
        });
#define TCE_TEST_MAIN(TestObject) TCE_TEST_RUNNER(TestObject, QTEST_MAIN_SETUP())
#define TCE_TEST_GUILESS_MAIN(TestObject)                                                          \
    TCE_TEST_RUNNER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
