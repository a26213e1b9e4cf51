#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mla::test {

/// A fixture under tests/data.
QString dataPath(const QString &relative);
/// A file under tests/golden.
QString goldenPath(const QString &relative);
/// The source templates/ folder.
QString templatesPath(const QString &relative = {});
/// The built mla-writer-cli.
QString cliPath();

struct ProcessOutput
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    bool started = false;
};

/// Runs a program to completion (60 s limit) and captures its output.
ProcessOutput runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         const QStringList &extraEnvironment = {});
/// True when @p program is on PATH (test oracles such as qpdf or pdftotext).
bool hasProgram(const QString &program);

/// The jars of Apache PDFBox Preflight (Debian libpdfbox2-java and its dependencies), the PDF/A-1b
/// oracle: run `java -cp preflightClassPath() org.apache.pdfbox.preflight.Validator_A1b FILE`.
QStringList preflightJars();
QString preflightClassPath();
/// True when java and every Preflight jar are installed.
bool hasPreflight();

} // namespace mla::test

/// Skips the current test, naming the tool, when an oracle program is not installed (CI installs
/// them all with scripts/install-deps.sh --with-test-tools).
#define REQUIRE_TOOL(name)                                                                                   \
    do {                                                                                                     \
        if (!::mla::test::hasProgram(QStringLiteral(name))) {                                                \
            GTEST_SKIP() << name " is not installed (CI installs it with scripts/install-deps.sh "           \
                                 "--with-test-tools)";                                                       \
        }                                                                                                    \
    } while (false)

namespace mla::test {

} // namespace mla::test
