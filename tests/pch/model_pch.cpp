// Compiles the model tests' precompiled header (tests/CMakeLists.txt); nothing else.
