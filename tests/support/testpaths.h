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

} // namespace mla::test
