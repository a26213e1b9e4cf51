#include "clitool.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    // Laying out and embedding fonts in a PDF needs a QGuiApplication, but never a display: the
    // tool must run on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
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
