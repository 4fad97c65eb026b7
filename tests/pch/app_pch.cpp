// Compiles the widget and app tests' precompiled header (tests/CMakeLists.txt); nothing else.
