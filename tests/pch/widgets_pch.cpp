// Compiles the widget tests' precompiled header (tests/CMakeLists.txt); nothing else.
