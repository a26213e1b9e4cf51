#include "clitool.h"

#include <QGuiApplication>

#include <cstdio>

namespace {

/// Qt's own diagnostics (for example about XDG_RUNTIME_DIR under the offscreen platform) would mix
/// with the tool's output on stderr, where scripts read our error messages. They are shown only
/// when MLA_CLI_VERBOSE is set; critical and fatal messages always pass.
void filterQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const bool verbose = qEnvironmentVariableIsSet("MLA_CLI_VERBOSE");
    if (type == QtCriticalMsg || type == QtFatalMsg || verbose) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Laying out and embedding fonts in a PDF needs a QGuiApplication, but never a display: the
    // tool must run on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(filterQtMessages);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("mla-writer-cli"));
    QGuiApplication::setOrganizationName(QStringLiteral("MLA Request Writer"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QGuiApplication::arguments();
    arguments.removeFirst();
    const int code = mla::cli::CliTool(out, err).run(arguments);
    out.flush();
    err.flush();
    return code;
}
