// Entry point for libFuzzer builds (clang, -DMLA_BUILD_FUZZERS=ON):
//   build-fuzz/tests/fuzz/fuzz_parsers tests/fuzz/corpus
#include "fuzztargets.h"

#include <QGuiApplication>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mla::fuzz::parseEverything(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
