// Compiles the app tests' precompiled header (tests/CMakeLists.txt); nothing else.
