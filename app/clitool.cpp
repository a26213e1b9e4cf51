#include "clitool.h"

#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "storage/casestore.h"
#include "validation/validator.h"

#include <mla/buildinfo.h>

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mla::cli {

using namespace mla::core;

namespace {

const QString kCaseFileOption = QStringLiteral("case-file");

QString severityName(Severity s)
{
    return s == Severity::Blocking ? QStringLiteral("blocking") : QStringLiteral("warning");
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::NotACaseFile:
    case ErrorCode::NewerVersion:
    case ErrorCode::Corrupted:
    case ErrorCode::MalformedTemplate:
        return ExitUsage;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Export:
        return ExitFailure;
    }
    return ExitFailure;
}

/// Parses the options of one command; returns an error message or an empty string.
QString parseCommand(QCommandLineParser &parser, const QStringList &args, const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(args)) {
        return parser.errorText();
    }
    return {};
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.ruleId);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("field"), f.field.toString());
    if (f.itemNumber > 0) {
        o.insert(QStringLiteral("item"), f.itemNumber);
    }
    o.insert(QStringLiteral("message"), f.message);
    o.insert(QStringLiteral("action"), f.action);
    o.insert(QStringLiteral("citation"), f.citation);
    o.insert(QStringLiteral("verified"), f.verified);
    if (!f.source.isEmpty()) {
        o.insert(QStringLiteral("source"), f.source);
    }
    o.insert(QStringLiteral("template"), f.templateId);
    return o;
}

} // namespace

int CliTool::usageError(const QString &message)
{
    m_err << "mla-writer-cli: " << message << "\n"
          << "Run 'mla-writer-cli --help' for usage.\n";
    return ExitUsage;
}

void CliTool::printHelp()
{
    m_out << "mla-writer-cli " << build::kVersion
          << " - draft, validate and export requests for mutual legal assistance\n\n"
             "Usage:\n"
             "  mla-writer-cli demo --case-file FILE\n"
             "      Create FILE if needed and add the fictional demo case; prints the new request id.\n"
             "  mla-writer-cli validate --case-file FILE --request ID [--json] [--templates DIR]\n"
             "      Check a request against its requirement templates and print the findings.\n"
             "  mla-writer-cli export --case-file FILE --request ID --format pdf --out PATH\n"
             "      Write the request as a PDF/A-1b letter of request.\n"
             "  mla-writer-cli --version | --help\n\n"
             "Exit codes: 0 success; 1 validate found blocking findings; 2 usage or input error;\n"
             "3 the operation failed (for example, the disk is full).\n";
}

int CliTool::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printHelp();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "mla-writer-cli " << build::kVersion << "\n";
        return ExitOk;
    }
    // QCommandLineParser expects a program name first.
    QStringList args = arguments;
    args[0] = QStringLiteral("mla-writer-cli");
    if (command == QLatin1String("demo")) {
        return runDemo(args);
    }
    if (command == QLatin1String("validate")) {
        return runValidate(args);
    }
    if (command == QLatin1String("export")) {
        return runExport(args);
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CliTool::runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption caseFile(kCaseFileOption, QStringLiteral("Case file"), QStringLiteral("FILE"));
    if (const QString problem = parseCommand(parser, args, {caseFile}); !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: demo --case-file FILE"));
    }
    auto store = CaseStore::open(parser.value(caseFile), CaseStore::OpenMode::OpenOrCreate);
    if (!store) {
        m_err << "mla-writer-cli: " << store.error().message << "\n";
        return exitCodeFor(store.error());
    }
    auto requestId = DemoCase::addTo(**store);
    if (!requestId) {
        m_err << "mla-writer-cli: " << requestId.error().message << "\n";
        return exitCodeFor(requestId.error());
    }
    m_out << *requestId << "\n";
    return ExitOk;
}

namespace {

/// Opens the case file and loads the request named by --case-file and --request.
struct LoadedRequest
{
    std::unique_ptr<CaseStore> store;
    Request request;
};

Result<LoadedRequest> loadRequest(const QString &path, const QString &idText)
{
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    if (!numeric || id <= 0) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a request id").arg(idText));
    }
    auto store = CaseStore::open(path, CaseStore::OpenMode::OpenExisting);
    if (!store) {
        return store.error();
    }
    auto request = (*store)->loadRequest(id);
    if (!request) {
        return request.error();
    }
    return LoadedRequest{std::move(store).value(), std::move(request).value()};
}

} // namespace

int CliTool::runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption caseFile(kCaseFileOption, QStringLiteral("Case file"), QStringLiteral("FILE"));
    const QCommandLineOption requestOption(QStringLiteral("request"), QStringLiteral("Request id"), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON"));
    const QCommandLineOption templates(QStringLiteral("templates"), QStringLiteral("Template folder"),
                                       QStringLiteral("DIR"));
    if (const QString problem = parseCommand(parser, args, {caseFile, requestOption, json, templates});
        !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.isSet(requestOption) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: validate --case-file FILE --request ID [--json] [--templates DIR]"));
    }
    auto library = parser.isSet(templates) ? TemplateLibrary::fromFolder(parser.value(templates))
                                           : TemplateLibrary::builtIn();
    if (!library) {
        m_err << "mla-writer-cli: " << library.error().message << "\n";
        return ExitUsage;
    }
    auto loaded = loadRequest(parser.value(caseFile), parser.value(requestOption));
    if (!loaded) {
        m_err << "mla-writer-cli: " << loaded.error().message << "\n";
        return exitCodeFor(loaded.error());
    }
    const Request &request = loaded->request;
    const QList<RequirementTemplate> applicable = library->forType(request.typeId);
    if (applicable.isEmpty()) {
        m_err << "mla-writer-cli: no requirement template applies to request type '" << request.typeId << "'\n";
        return ExitUsage;
    }
    const ValidationReport report = Validator().validate(request, applicable);

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("request"), request.id);
        root.insert(QStringLiteral("type"), request.typeId);
        root.insert(QStringLiteral("completeness"), report.completenessPercent());
        root.insert(QStringLiteral("blocking"), report.blockingCount());
        root.insert(QStringLiteral("warnings"), report.warningCount());
        QJsonArray findings;
        for (const Finding &f : report.findings) {
            findings.append(findingToJson(f));
        }
        root.insert(QStringLiteral("findings"), findings);
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        m_out << "Request " << request.id << ": " << request.title << " (" << request.typeId << ")\n"
              << "Completeness: " << report.completenessPercent() << " % - " << report.blockingCount()
              << " blocking, " << report.warningCount() << " warnings\n";
        for (const Finding &f : report.findings) {
            m_out << "\n"
                  << (f.severity == Severity::Blocking ? "BLOCKING " : "WARNING  ") << f.ruleId << "  "
                  << f.field.toString();
            if (f.itemNumber > 0) {
                m_out << " (entry " << f.itemNumber << ")";
            }
            m_out << "\n  " << f.message << "\n  What to do: " << f.action << "\n  Legal source: " << f.citation;
            if (!f.verified) {
                m_out << " [to be verified]";
            }
            m_out << "\n";
        }
    }
    return report.hasBlocking() ? ExitBlockingFindings : ExitOk;
}

int CliTool::runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption caseFile(kCaseFileOption, QStringLiteral("Case file"), QStringLiteral("FILE"));
    const QCommandLineOption requestOption(QStringLiteral("request"), QStringLiteral("Request id"), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format"), QStringLiteral("FORMAT"),
                                    QStringLiteral("pdf"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output file"), QStringLiteral("PATH"));
    if (const QString problem = parseCommand(parser, args, {caseFile, requestOption, format, outOption});
        !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.isSet(requestOption) || !parser.isSet(outOption) ||
        !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: export --case-file FILE --request ID --format pdf --out PATH"));
    }
    if (parser.value(format) != QLatin1String("pdf")) {
        return usageError(QStringLiteral("unsupported format '%1' (available: pdf)").arg(parser.value(format)));
    }
    auto loaded = loadRequest(parser.value(caseFile), parser.value(requestOption));
    if (!loaded) {
        m_err << "mla-writer-cli: " << loaded.error().message << "\n";
        return exitCodeFor(loaded.error());
    }
    auto form = RequestForm::builtIn(loaded->request.typeId);
    if (!form) {
        m_err << "mla-writer-cli: " << form.error().message << "\n";
        return ExitUsage;
    }
    auto document = composeLetter(loaded->request, *form);
    if (!document) {
        m_err << "mla-writer-cli: " << document.error().message << "\n";
        return ExitFailure;
    }
    const QString outPath = parser.value(outOption);
    if (auto written = writePdf(*document, outPath); !written) {
        m_err << "mla-writer-cli: " << written.error().message << "\n";
        return ExitFailure;
    }
    QFile produced(outPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (produced.open(QIODevice::ReadOnly)) {
        hash.addData(&produced);
    }
    ExportRecord record;
    record.requestId = loaded->request.id;
    record.format = QStringLiteral("pdf");
    record.language = QStringLiteral("en");
    record.sha256 = QString::fromLatin1(hash.result().toHex());
    record.fileName = QFileInfo(outPath).fileName();
    if (auto logged = loaded->store->recordExport(record); !logged) {
        // The PDF exists; failing to log it must not hide that from the user.
        m_err << "mla-writer-cli: warning: the export was written but not recorded: " << logged.error().message
              << "\n";
    }
    m_out << outPath << "\n";
    return ExitOk;
}

} // namespace mla::cli
