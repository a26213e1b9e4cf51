#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace mla::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(MLA_TEST_DATA_DIR "/") + relative;
}

QString goldenPath(const QString &relative)
{
    return QStringLiteral(MLA_GOLDEN_DIR "/") + relative;
}

QString templatesPath(const QString &relative)
{
    return relative.isEmpty() ? QStringLiteral(MLA_TEMPLATES_DIR) : QStringLiteral(MLA_TEMPLATES_DIR "/") + relative;
}

QString cliPath()
{
    return QStringLiteral(MLA_CLI_PATH);
}

ProcessOutput runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                         const QStringList &extraEnvironment)
{
    ProcessOutput out;
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env << extraEnvironment;
        process.setEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return out;
    }
    out.started = true;
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return out;
    }
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    return out;
}

bool hasProgram(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QStringList preflightJars()
{
    return {QStringLiteral("/usr/share/java/preflight.jar"),    QStringLiteral("/usr/share/java/pdfbox2.jar"),
            QStringLiteral("/usr/share/java/fontbox2.jar"),     QStringLiteral("/usr/share/java/xmpbox.jar"),
            QStringLiteral("/usr/share/java/commons-logging.jar"), QStringLiteral("/usr/share/java/javax.activation.jar"),
            QStringLiteral("/usr/share/java/jaxb-api.jar")};
}

QString preflightClassPath()
{
    return preflightJars().join(QLatin1Char(':'));
}

bool hasPreflight()
{
    const QStringList jars = preflightJars();
    return hasProgram(QStringLiteral("java")) &&
           std::all_of(jars.cbegin(), jars.cend(), [](const QString &jar) { return QFile::exists(jar); });
}

} // namespace mla::test
