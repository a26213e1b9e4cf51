#pragma once

#include <QStringList>
#include <QTextStream>

namespace mla::cli {

/// Exit codes of mla-writer-cli; scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitBlockingFindings = 1, ///< validate: the request has blocking findings
    ExitUsage = 2,            ///< bad arguments, or input that cannot be used (missing or foreign file)
    ExitFailure = 3,          ///< the work itself failed (writing the export, the database)
};

/// The command-line front end over core: parses arguments, runs one command, prints results to
/// @p out and every error to @p err. Kept apart from main() so tests can run it in-process.
class CliTool
{
public:
    CliTool(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    /// @p arguments excludes the program name.
    int run(const QStringList &arguments);

private:
    int runDemo(const QStringList &args);
    int runValidate(const QStringList &args);
    int runValidateJson(const QStringList &args);
    int runExport(const QStringList &args);
    int runExportJson(const QStringList &args);
    int runImport(const QStringList &args);
    int runTemplates(const QStringList &args);
    int runLegalBasis(const QStringList &args);
    int fail(const QString &message, int code);
    int usageError(const QString &message);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mla::cli
