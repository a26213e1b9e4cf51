#include "clitool.h"

#include "clisigning.h"

#include "demo/democase.h"
#include "export/letterlanguage.h"
#include "export/requestexporter.h"
#include "interchange/requestjson.h"
#include "io/safesave.h"
#include "legal/legalbasisadvisor.h"
#include "model/requestform.h"
#include "storage/casestore.h"
#include "validation/reportjson.h"
#include "validation/requestchecker.h"
#include "validation/templatelint.h"

#include <mla/buildinfo.h>

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace mla::cli {

using namespace mla::core;

namespace {

const QString kCaseFileOption = QStringLiteral("case-file");

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
    return parser.parse(args) ? QString() : parser.errorText();
}

QCommandLineOption option(const char *name, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), QString());
}

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

Result<RequestChecker> checkerFor(const QCommandLineParser &parser, const QCommandLineOption &templates)
{
    return parser.isSet(templates) ? RequestChecker::fromFolder(parser.value(templates)) : RequestChecker::builtIn();
}

QString availabilityName(LegalBasisOption::Availability a)
{
    switch (a) {
    case LegalBasisOption::Availability::BothParties:
        return QStringLiteral("usable");
    case LegalBasisOption::Availability::StatusUnknown:
        return QStringLiteral("status unknown");
    case LegalBasisOption::Availability::NotAvailable:
        break;
    }
    return QStringLiteral("not available");
}

} // namespace

int CliTool::usageError(const QString &message)
{
    m_err << "mla-writer-cli: " << message << "\n"
          << "Run 'mla-writer-cli --help' for usage.\n";
    return ExitUsage;
}

int CliTool::fail(const QString &message, int code)
{
    m_err << "mla-writer-cli: " << message << "\n";
    return code;
}

void CliTool::printHelp()
{
    m_out << "mla-writer-cli " << build::kVersion
          << " - draft, validate and export requests for mutual legal assistance, extradition and confiscation\n\n"
             "Usage:\n"
             "  mla-writer-cli demo --case-file FILE\n"
             "      Create FILE if needed and add the fictional demo case; prints the new request ids.\n"
             "  mla-writer-cli validate --case-file FILE --request ID [--json] [--templates DIR]\n"
             "      Check a request against its requirement templates and the requested state's pack.\n"
             "  mla-writer-cli validate-json REQUEST.json [--json] [--templates DIR]\n"
             "      The same for a request in the interchange format, without a case file.\n"
             "  mla-writer-cli import --case-file FILE [--case ID] REQUEST.json\n"
             "      Add a request from the interchange format; prints the new request id.\n"
             "  mla-writer-cli export --case-file FILE --request ID --format pdf|docx --lang en|fr|es|ar|ru|zh\n"
             "                [--bilingual LANG] [--transcribe-names] --out PATH\n"
             "                [--sign FILE.p12 --passphrase-env VAR [--visible] [--reason TEXT] [--location TEXT]]\n"
             "      Write the letter of request as PDF/A-1b or DOCX in an output language (optionally side by\n"
             "      side with a second one), signed if asked; the export is recorded in the case file.\n"
             "  mla-writer-cli export-json --case-file FILE --request ID --out REQUEST.json\n"
             "      Write the request in the interchange format.\n"
             "  mla-writer-cli templates list | templates show STATE | templates lint DIR\n"
             "      List the request types, requirement templates and state packs; show one state's\n"
             "      facts with their sources; check a templates folder.\n"
             "  mla-writer-cli legal-basis --from STATE --to STATE --family mla|extradition|confiscation|transfer\n"
             "                [--offence CATEGORY] [--json]\n"
             "      The instruments both states are party to that can serve as the legal basis.\n"
          << signingCommandsHelp()
          << "  mla-writer-cli --version | --help\n\n"
             "Exit codes: 0 success; 1 validate found blocking findings (or lint found a problem);\n"
             "2 usage or input error; 3 the operation failed (for example, the disk is full).\n";
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
    using Handler = std::function<int(CliTool &, const QStringList &)>;
    static const QMap<QString, Handler> handlers = {
        {QStringLiteral("demo"), &CliTool::runDemo},
        {QStringLiteral("validate"), &CliTool::runValidate},
        {QStringLiteral("validate-json"), &CliTool::runValidateJson},
        {QStringLiteral("import"), &CliTool::runImport},
        {QStringLiteral("export"), &CliTool::runExport},
        {QStringLiteral("export-json"), &CliTool::runExportJson},
        {QStringLiteral("templates"), &CliTool::runTemplates},
        {QStringLiteral("legal-basis"), &CliTool::runLegalBasis},
        {QStringLiteral("sign"), [](CliTool &t, const QStringList &a) { return runSignCommand(a, t.m_out, t.m_err); }},
        {QStringLiteral("verify"), [](CliTool &t, const QStringList &a) { return runVerifyCommand(a, t.m_out, t.m_err); }},
        {QStringLiteral("training-cert"),
         [](CliTool &t, const QStringList &a) { return runTrainingCertCommand(a, t.m_out, t.m_err); }},
    };
    const auto handler = handlers.constFind(command);
    if (handler == handlers.constEnd()) {
        return usageError(QStringLiteral("unknown command '%1'").arg(command));
    }
    return (*handler)(*this, args);
}

int CliTool::runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    const auto caseFile = option("case-file", "FILE");
    if (const QString problem = parseCommand(parser, args, {caseFile}); !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: demo --case-file FILE"));
    }
    auto store = CaseStore::open(parser.value(caseFile), CaseStore::OpenMode::OpenOrCreate);
    if (!store) {
        return fail(store.error().message, exitCodeFor(store.error()));
    }
    auto requestId = DemoCase::addTo(**store);
    if (!requestId) {
        return fail(requestId.error().message, exitCodeFor(requestId.error()));
    }
    m_out << *requestId << "\n";
    return ExitOk;
}

namespace {

int printReport(QTextStream &out, const Request &request, const ValidationReport &report, bool json)
{
    if (json) {
        QJsonObject root = reportToJson(report);
        if (request.id > 0) {
            root.insert(QStringLiteral("request"), request.id);
        }
        root.insert(QStringLiteral("type"), request.typeId);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << "Request";
        if (request.id > 0) {
            out << " " << request.id;
        }
        out << ": " << request.title << " (" << request.typeId << ")\n" << reportToText(report);
    }
    return report.hasBlocking() ? ExitBlockingFindings : ExitOk;
}

} // namespace

int CliTool::runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    const auto caseFile = option("case-file", "FILE");
    const auto requestOption = option("request", "ID");
    const auto json = option("json");
    const auto templates = option("templates", "DIR");
    if (const QString problem = parseCommand(parser, args, {caseFile, requestOption, json, templates});
        !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.isSet(requestOption) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: validate --case-file FILE --request ID [--json] [--templates DIR]"));
    }
    auto checker = checkerFor(parser, templates);
    if (!checker) {
        return fail(checker.error().message, ExitUsage);
    }
    auto loaded = loadRequest(parser.value(caseFile), parser.value(requestOption));
    if (!loaded) {
        return fail(loaded.error().message, exitCodeFor(loaded.error()));
    }
    if (checker->templates().forType(loaded->request.typeId).isEmpty()) {
        return fail(QStringLiteral("no requirement template applies to request type '%1'").arg(loaded->request.typeId),
                    ExitUsage);
    }
    return printReport(m_out, loaded->request, checker->check(loaded->request), parser.isSet(json));
}

int CliTool::runValidateJson(const QStringList &args)
{
    QCommandLineParser parser;
    const auto json = option("json");
    const auto templates = option("templates", "DIR");
    if (const QString problem = parseCommand(parser, args, {json, templates}); !problem.isEmpty()) {
        return usageError(problem);
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("usage: validate-json REQUEST.json [--json] [--templates DIR]"));
    }
    auto checker = checkerFor(parser, templates);
    if (!checker) {
        return fail(checker.error().message, ExitUsage);
    }
    auto request = RequestJson::readFile(parser.positionalArguments().first());
    if (!request) {
        return fail(request.error().message, ExitUsage);
    }
    return printReport(m_out, *request, checker->check(*request), parser.isSet(json));
}

int CliTool::runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const auto caseFile = option("case-file", "FILE");
    const auto caseOption = option("case", "ID");
    if (const QString problem = parseCommand(parser, args, {caseFile, caseOption}); !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("usage: import --case-file FILE [--case ID] REQUEST.json"));
    }
    const QString input = parser.positionalArguments().first();
    // Read and check everything before touching the case file: nothing is half-imported.
    auto request = RequestJson::readFile(input);
    if (!request) {
        return fail(request.error().message, ExitUsage);
    }
    qint64 caseId = 0;
    if (parser.isSet(caseOption)) {
        bool numeric = false;
        caseId = parser.value(caseOption).toLongLong(&numeric);
        if (!numeric || caseId <= 0) {
            return usageError(QStringLiteral("'%1' is not a case id").arg(parser.value(caseOption)));
        }
    }
    auto store = CaseStore::open(parser.value(caseFile), CaseStore::OpenMode::OpenOrCreate);
    if (!store) {
        return fail(store.error().message, exitCodeFor(store.error()));
    }
    qint64 requestId = 0;
    if (caseId > 0) {
        auto id = (*store)->insertRequest(caseId, *request);
        if (!id) {
            return fail(id.error().message, exitCodeFor(id.error()));
        }
        requestId = *id;
    } else {
        // The new case and its request are one transaction: no empty case is left behind.
        auto ids = (*store)->insertRequestInNewCase(QStringLiteral("Imported from %1").arg(QFileInfo(input).fileName()),
                                                    *request);
        if (!ids) {
            return fail(ids.error().message, exitCodeFor(ids.error()));
        }
        requestId = ids->second;
    }
    m_out << requestId << "\n";
    return ExitOk;
}

int CliTool::runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const auto caseFile = option("case-file", "FILE");
    const auto requestOption = option("request", "ID");
    QCommandLineOption format = option("format", "FORMAT");
    format.setDefaultValue(QStringLiteral("pdf"));
    QCommandLineOption lang = option("lang", "LANG");
    lang.setDefaultValue(QStringLiteral("en"));
    const auto bilingual = option("bilingual", "LANG");
    const auto transcribe = option("transcribe-names");
    const auto outOption = option("out", "PATH");
    const auto sign = option("sign", "FILE.p12");
    const auto passphraseEnv = option("passphrase-env", "VAR");
    const auto visible = option("visible");
    const auto reason = option("reason", "TEXT");
    const auto location = option("location", "TEXT");
    if (const QString problem = parseCommand(parser, args, {caseFile, requestOption, format, lang, bilingual, transcribe,
                                                            outOption, sign, passphraseEnv, visible, reason, location});
        !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.isSet(requestOption) || !parser.isSet(outOption) ||
        !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: export --case-file FILE --request ID --format pdf|docx "
                                         "--lang en|fr|es|ar|ru|zh [--bilingual LANG] --out PATH "
                                         "[--sign FILE.p12 --passphrase-env VAR]"));
    }
    ExportOptions options;
    options.format = parser.value(format);
    options.language = parser.value(lang);
    options.bilingualLanguage = parser.value(bilingual);
    options.latinTranscription = parser.isSet(transcribe);
    if (!ExportOptions::formats().contains(options.format)) {
        return usageError(QStringLiteral("unsupported format '%1' (available: pdf, docx)").arg(options.format));
    }
    for (const QString &language : {options.language, options.bilingualLanguage}) {
        if (!language.isEmpty() && !ExportOptions::languages().contains(language)) {
            return usageError(QStringLiteral("unsupported language '%1' (available: %2)")
                                  .arg(language, ExportOptions::languages().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(sign)) {
        if (options.format != QLatin1String("pdf")) {
            return usageError(QStringLiteral("only PDF exports can be signed"));
        }
        if (!parser.isSet(passphraseEnv)) {
            return usageError(QStringLiteral("--sign needs --passphrase-env VAR (the passphrase is never taken on the command line)"));
        }
        bool found = false;
        SigningOptions signing;
        signing.pkcs12Path = parser.value(sign);
        signing.passphrase = Secret::fromEnvironment(parser.value(passphraseEnv), &found);
        if (!found) {
            return usageError(QStringLiteral("the environment variable %1 is not set").arg(parser.value(passphraseEnv)));
        }
        signing.visible = parser.isSet(visible);
        signing.reason = parser.value(reason);
        signing.location = parser.value(location);
        options.signing = std::move(signing);
    }
    auto loaded = loadRequest(parser.value(caseFile), parser.value(requestOption));
    if (!loaded) {
        return fail(loaded.error().message, exitCodeFor(loaded.error()));
    }
    auto form = RequestForm::builtIn(loaded->request.typeId);
    if (!form) {
        return fail(form.error().message, ExitUsage);
    }
    if (options.signing) {
        const Request &r = loaded->request;
        options.signing->signerCapacity = r.value(QStringLiteral("signature.capacity"));
        if (options.signing->location.isEmpty()) {
            options.signing->location = r.value(QStringLiteral("signature.place"));
        }
    }
    const QString outPath = parser.value(outOption);
    auto outcome = exportRequest(loaded->request, *form, options, outPath);
    if (options.signing) {
        options.signing->passphrase.clear();
    }
    if (!outcome) {
        const ErrorCode code = outcome.error().code;
        return fail(outcome.error().message,
                    code == ErrorCode::Io || code == ErrorCode::Export ? ExitFailure : exitCodeFor(outcome.error()));
    }
    if (auto logged = loaded->store->recordExport(outcome->record(loaded->request.id)); !logged) {
        // The file exists; failing to log it must not hide that from the user.
        m_err << "mla-writer-cli: warning: the export was written but not recorded: " << logged.error().message
              << "\n";
    }
    if (!outcome->needTranslation.isEmpty()) {
        QStringList names;
        for (const FieldRef &field : std::as_const(outcome->needTranslation)) {
            names << fieldDisplayName(loaded->request, *form, field);
        }
        m_err << "mla-writer-cli: note: " << names.size() << " free-text fields are still in the drafting language and "
              << "print as typed; translate them into '" << options.language << "': " << names.join(QStringLiteral("; "))
              << "\n";
    }
    m_out << outPath << "\n";
    return ExitOk;
}

int CliTool::runExportJson(const QStringList &args)
{
    QCommandLineParser parser;
    const auto caseFile = option("case-file", "FILE");
    const auto requestOption = option("request", "ID");
    const auto outOption = option("out", "PATH");
    if (const QString problem = parseCommand(parser, args, {caseFile, requestOption, outOption}); !problem.isEmpty()) {
        return usageError(problem);
    }
    if (!parser.isSet(caseFile) || !parser.isSet(requestOption) || !parser.isSet(outOption) ||
        !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: export-json --case-file FILE --request ID --out REQUEST.json"));
    }
    auto loaded = loadRequest(parser.value(caseFile), parser.value(requestOption));
    if (!loaded) {
        return fail(loaded.error().message, exitCodeFor(loaded.error()));
    }
    if (auto written = SafeSave::write(parser.value(outOption), RequestJson::write(loaded->request)); !written) {
        return fail(written.error().message, ExitFailure);
    }
    m_out << parser.value(outOption) << "\n";
    return ExitOk;
}

int CliTool::runTemplates(const QStringList &args)
{
    const QStringList rest = args.mid(1);
    const QString sub = rest.value(0);
    if (sub == QLatin1String("lint") && rest.size() == 2) {
        auto summary = lintTemplatesFolder(rest.at(1));
        if (!summary) {
            return fail(summary.error().message,
                        summary.error().code == ErrorCode::NotFound ? ExitUsage : ExitBlockingFindings);
        }
        m_out << "OK: " << summary->forms << " forms, " << summary->templates << " templates with " << summary->rules
              << " rules, " << summary->statePacks << " state packs, " << summary->treatyStates
              << " states in the treaty-status table, " << summary->instruments << " instruments\n";
        return ExitOk;
    }
    auto checker = RequestChecker::builtIn();
    if (!checker) {
        return fail(checker.error().message, ExitFailure);
    }
    if (sub == QLatin1String("list") && rest.size() == 1) {
        m_out << "Request types:\n";
        for (const QString &typeId : RequestForm::builtInTypeIds()) {
            auto form = RequestForm::builtIn(typeId);
            m_out << "  " << typeId << "  " << (form ? form->title() : form.error().message) << "\n";
        }
        m_out << "\nRequirement templates:\n";
        for (const RequirementTemplate &t : checker->templates().templates()) {
            m_out << "  " << t.id() << "  [" << t.layer() << ", " << t.rules().size() << " rules]  " << t.title()
                  << "\n";
        }
        m_out << "\nState packs:\n";
        for (const QString &state : checker->packs().states()) {
            const StatePack *pack = checker->packs().ownPack(state);
            m_out << "  " << state << "  " << pack->name() << "  (" << pack->facts().size() << " facts, confidence "
                  << (pack->confidence().isEmpty() ? QStringLiteral("not stated") : pack->confidence()) << ")\n";
        }
        m_out << "  other states: the convention-default pack\n";
        return ExitOk;
    }
    if (sub == QLatin1String("show") && rest.size() == 2) {
        const QString code = rest.at(1).toUpper();
        const std::optional<StatePack> pack = checker->packFor(code);
        if (!pack) {
            return fail(QStringLiteral("no state pack for '%1'").arg(rest.at(1)), ExitUsage);
        }
        m_out << code << "  " << pack->name();
        if (!checker->packs().ownPack(code)) {
            m_out << "  (convention-default pack)";
        }
        m_out << "\n";
        for (const QString &key : StatePack::knownFactKeys()) {
            const PackFact *fact = pack->fact(key);
            m_out << "  " << key << ": ";
            if (!fact) {
                m_out << "unknown\n";
                continue;
            }
            m_out << fact->text() << (fact->verified ? "" : "  [to be verified]") << "\n";
            if (!fact->note.isEmpty()) {
                m_out << "      note: " << fact->note << "\n";
            }
            if (!fact->sourceUrl.isEmpty()) {
                m_out << "      source: " << fact->sourceUrl << (fact->asOf.isEmpty() ? QString() : QStringLiteral(" (") + fact->asOf + QLatin1Char(')')) << "\n";
            }
        }
        return ExitOk;
    }
    return usageError(QStringLiteral("usage: templates list | templates show STATE | templates lint DIR"));
}

int CliTool::runLegalBasis(const QStringList &args)
{
    QCommandLineParser parser;
    const auto from = option("from", "STATE");
    const auto to = option("to", "STATE");
    const auto family = option("family", "FAMILY");
    QCommandLineOption offence = option("offence", "CATEGORY");
    offence.setDefaultValue(QStringLiteral("other"));
    const auto json = option("json");
    if (const QString problem = parseCommand(parser, args, {from, to, family, offence, json}); !problem.isEmpty()) {
        return usageError(problem);
    }
    static const QStringList families = {QStringLiteral("mla"), QStringLiteral("extradition"),
                                         QStringLiteral("confiscation"), QStringLiteral("transfer")};
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.isSet(family) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("usage: legal-basis --from STATE --to STATE --family FAMILY [--offence CATEGORY] [--json]"));
    }
    if (!families.contains(parser.value(family))) {
        return usageError(QStringLiteral("unknown family '%1' (known: %2)").arg(parser.value(family), families.join(QStringLiteral(", "))));
    }
    if (!LegalBasisAdvisor::offenceCategories().contains(parser.value(offence))) {
        return usageError(QStringLiteral("unknown offence category '%1' (known: %2)")
                              .arg(parser.value(offence), LegalBasisAdvisor::offenceCategories().join(QStringLiteral(", "))));
    }
    auto advisor = LegalBasisAdvisor::builtIn();
    auto checker = RequestChecker::builtIn();
    if (!advisor || !checker) {
        return fail(!advisor ? advisor.error().message : checker.error().message, ExitFailure);
    }
    LegalBasisQuestion question{parser.value(from).toUpper(), parser.value(to).toUpper(), parser.value(family),
                                parser.value(offence)};
    for (const QString &code : {question.requestingState, question.requestedState}) {
        if (!advisor->table().row(code)) {
            return usageError(QStringLiteral("'%1' is not a state in the treaty-status table").arg(code));
        }
    }
    const std::optional<StatePack> pack = checker->packFor(question.requestedState);
    const LegalBasisAdvice advice = advisor->advise(question, pack ? &*pack : nullptr);
    if (parser.isSet(json)) {
        QJsonArray options;
        for (const LegalBasisOption &o : advice.options) {
            options.append(QJsonObject{{QStringLiteral("instrument"), o.instrumentId},
                                       {QStringLiteral("title"), o.title},
                                       {QStringLiteral("article"), o.article},
                                       {QStringLiteral("availability"), availabilityName(o.availability)},
                                       {QStringLiteral("reason"), o.reason},
                                       {QStringLiteral("caveats"), QJsonArray::fromStringList(o.caveats)},
                                       {QStringLiteral("verified"), o.verified},
                                       {QStringLiteral("statusAsOf"), o.statusAsOf}});
        }
        QJsonObject root{{QStringLiteral("options"), options},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(advice.notes)},
                         {QStringLiteral("tableAsOf"), advisor->table().asOf()}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    m_out << "Legal basis for a " << question.family << " request from " << question.requestingState << " to "
          << question.requestedState << " (treaty status as of " << advisor->table().asOf() << ")\n";
    for (const LegalBasisOption &o : advice.options) {
        m_out << "\n[" << availabilityName(o.availability) << "] " << o.title << ", " << o.article << "\n  " << o.reason
              << "\n";
        for (const QString &caveat : o.caveats) {
            m_out << "  - " << caveat << "\n";
        }
    }
    for (const QString &note : advice.notes) {
        m_out << "\nNote: " << note << "\n";
    }
    return ExitOk;
}

} // namespace mla::cli
