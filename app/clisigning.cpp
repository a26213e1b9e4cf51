#include "clisigning.h"

#include "clitool.h"
#include "signing/certificates.h"
#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace mla::cli {

using namespace mla::core;

namespace {

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

QCommandLineOption flagOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString());
}

/// Parses @p args into @p parser; an error message or "".
QString parse(QCommandLineParser &parser, const QStringList &args, const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    return parser.parse(args) ? QString() : parser.errorText();
}

int usage(QTextStream &err, const QString &message)
{
    err << "mla-writer-cli: " << message << "\n"
        << "Run 'mla-writer-cli --help' for usage.\n";
    return ExitUsage;
}

int failure(QTextStream &err, const QString &message, int code)
{
    err << "mla-writer-cli: " << message << "\n";
    return code;
}

int exitCodeFor(SigningStatus status)
{
    switch (status) {
    case SigningStatus::Success:
        return ExitOk;
    case SigningStatus::IoError:
    case SigningStatus::Internal:
        return ExitFailure;
    case SigningStatus::BadPassphrase:
    case SigningStatus::CertificateExpired:
    case SigningStatus::CertificateNotYetValid:
    case SigningStatus::KeyUsageUnsuitable:
    case SigningStatus::NotAPkcs12:
    case SigningStatus::NotAPdf:
    case SigningStatus::ModifiedAfterSignature:
    case SigningStatus::SameFile:
        break;
    }
    return ExitUsage;
}

/// Reads the passphrase from the environment variable named by --passphrase-env; false (with a
/// message printed) when the option names a variable that is not set.
bool passphraseFrom(const QCommandLineParser &parser, const QCommandLineOption &option, Secret &passphrase,
                    QTextStream &err)
{
    if (!parser.isSet(option)) {
        return true;
    }
    bool found = false;
    passphrase = Secret::fromEnvironment(parser.value(option), &found);
    if (!found) {
        usage(err, QStringLiteral("the environment variable %1 is not set").arg(parser.value(option)));
        return false;
    }
    return true;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

void printCheck(QTextStream &out, const SignatureCheck &s, bool trustChecked)
{
    out << "Signature #" << s.index << " (" << s.fieldName << ")\n";
    out << "  Signer: " << (s.signerCommonName.isEmpty() ? QStringLiteral("-") : s.signerCommonName);
    if (!s.signerSubject.isEmpty()) {
        out << " (" << s.signerSubject << ")";
    }
    out << "\n";
    if (s.isTrainingCertificate) {
        out << "  TRAINING CERTIFICATE: not a real signature\n";
    }
    if (!s.name.isEmpty() && s.name != s.signerCommonName) {
        out << "  Name: " << s.name << "\n";
    }
    out << "  Claimed time: " << iso(s.claimedTime) << "\n";
    if (s.signingTimeAttribute.isValid()) {
        out << "  Signing-time attribute: " << iso(s.signingTimeAttribute) << "\n";
    }
    if (!s.reason.isEmpty()) {
        out << "  Reason: " << s.reason << "\n";
    }
    if (!s.location.isEmpty()) {
        out << "  Location: " << s.location << "\n";
    }
    out << "  SubFilter: " << (s.subFilter.isEmpty() ? QStringLiteral("-") : s.subFilter) << "\n";
    if (s.byteRangeValid) {
        out << "  Signed ranges: [" << s.byteRange[0] << " - " << s.byteRange[1] << "], [" << s.byteRange[2]
            << " - " << s.signedEnd() << "]\n";
    } else {
        QStringList numbers;
        for (const qint64 n : s.byteRange) {
            numbers << QString::number(n);
        }
        out << "  Signed ranges: malformed /ByteRange [" << numbers.join(QLatin1Char(' ')) << "]\n";
    }
    out << "  Covers the whole document: " << yesNo(s.coversWholeFile);
    if (!s.coversWholeFile && s.byteRangeValid) {
        out << " (" << s.bytesAfter << " bytes follow; "
            << (s.modifiedAfterSigning ? "changed or added after signing" : "covered by a later signature")
            << ")";
    }
    out << "\n";
    out << "  Digest: " << (s.digestMatches ? "matches" : "MISMATCH") << "\n";
    out << "  Signature value: " << (s.signatureValid ? "valid" : "INVALID");
    if (!s.digestAlgorithm.isEmpty()) {
        out << " (" << s.digestAlgorithm << ")";
    }
    out << "\n";
    out << "  Certificate valid at the claimed time: " << yesNo(s.certificateValidAtClaimedTime) << " ("
        << iso(s.certificateNotBefore) << " to " << iso(s.certificateNotAfter) << ")\n";
    out << "  Trust: ";
    switch (s.trust) {
    case SignatureCheck::Trust::Trusted:
        out << "trusted\n";
        break;
    case SignatureCheck::Trust::Untrusted:
        out << "NOT TRUSTED (" << s.trustDetail << ")\n";
        break;
    case SignatureCheck::Trust::NotChecked:
        out << (trustChecked ? "not checked\n" : "not checked (no --trust DIR given)\n");
        break;
    }
    for (const QString &problem : s.problems) {
        out << "  Problem: " << problem << "\n";
    }
    for (const QString &note : s.notes) {
        out << "  Note: " << note << "\n";
    }
    out << "  Result: "
        << (!s.isValid()             ? "INVALID"
            : s.modifiedAfterSigning ? "VALID, but the document was changed or extended after it"
                                     : "VALID")
        << "\n";
}

} // namespace

QString signingCommandsHelp()
{
    return QStringLiteral(
        "  mla-writer-cli sign IN.pdf --p12 FILE [--passphrase-env VAR] --out OUT.pdf [--reason TEXT]\n"
        "                [--location TEXT] [--contact TEXT] [--name TEXT] [--capacity TEXT] [--visible]\n"
        "                [--subfilter etsi|pkcs7]\n"
        "      Sign a PDF (PAdES B-B, incremental: earlier signatures stay valid) into a new file; the\n"
        "      passphrase of the PKCS#12 file is read from the environment variable VAR.\n"
        "  mla-writer-cli verify FILE.pdf [--trust DIR] [--json]\n"
        "      Check every signature; exit 0 only when all are valid and the last covers the whole file,\n"
        "      1 otherwise. DIR holds the trusted CA certificates as PEM files.\n"
        "  mla-writer-cli training-cert --out DIR [--name NAME] [--passphrase-env VAR] [--key ec|rsa]\n"
        "      Create a training CA (DIR/ca.pem) and a TRAINING signing certificate (DIR/NAME.p12);\n"
        "      without VAR a passphrase is generated and printed once.\n");
}

int runSignCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto p12 = valueOption("p12", "FILE");
    const auto passphraseEnv = valueOption("passphrase-env", "VAR");
    const auto outOption = valueOption("out", "PATH");
    const auto reason = valueOption("reason", "TEXT");
    const auto location = valueOption("location", "TEXT");
    const auto contact = valueOption("contact", "TEXT");
    const auto name = valueOption("name", "TEXT");
    const auto capacity = valueOption("capacity", "TEXT");
    const auto visible = flagOption("visible");
    const auto subFilter = valueOption("subfilter", "etsi|pkcs7");
    if (const QString problem = parse(
            parser, args,
            {p12, passphraseEnv, outOption, reason, location, contact, name, capacity, visible, subFilter});
        !problem.isEmpty()) {
        return usage(err, problem);
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(p12) || !parser.isSet(outOption)) {
        return usage(
            err,
            QStringLiteral("usage: sign IN.pdf --p12 FILE [--passphrase-env VAR] --out OUT.pdf [options]"));
    }
    SigningOptions options;
    if (parser.isSet(subFilter)) {
        const QString value = parser.value(subFilter);
        if (value == QLatin1String("etsi") || value == QLatin1String("ETSI.CAdES.detached")) {
            options.subFilter = SignatureSubFilter::EtsiCadesDetached;
        } else if (value == QLatin1String("pkcs7") || value == QLatin1String("adbe.pkcs7.detached")) {
            options.subFilter = SignatureSubFilter::AdbePkcs7Detached;
        } else {
            return usage(err, QStringLiteral("unknown --subfilter '%1' (available: etsi, pkcs7)").arg(value));
        }
    }
    if (!passphraseFrom(parser, passphraseEnv, options.passphrase, err)) {
        return ExitUsage;
    }
    options.pkcs12Path = parser.value(p12);
    options.reason = parser.value(reason);
    options.location = parser.value(location);
    options.contactInfo = parser.value(contact);
    options.signerName = parser.value(name);
    options.signerCapacity = parser.value(capacity);
    options.visible = parser.isSet(visible);

    const QString outPath = parser.value(outOption);
    // Missing input is a usage error (exit 2), not a failure of the signing itself (exit 3).
    for (const QString &input : {parser.positionalArguments().first(), options.pkcs12Path}) {
        if (!QFileInfo::exists(input)) {
            return failure(err, QStringLiteral("%1 does not exist").arg(input), ExitUsage);
        }
    }
    auto signedPdf = PdfSigner::sign(parser.positionalArguments().first(), outPath, options);
    options.passphrase.clear();
    if (!signedPdf) {
        return failure(err, signedPdf.error().message(), exitCodeFor(signedPdf.status()));
    }
    out << outPath << "\n"
        << "  signer: " << signedPdf->signerName << "\n"
        << "  certificate: " << signedPdf->signerSubject << "\n"
        << "  field: " << signedPdf->fieldName << "\n"
        << "  claimed time: " << iso(signedPdf->claimedTime) << "\n"
        << "  subfilter: " << subFilterName(signedPdf->subFilter) << "\n"
        << "  signatures in the file: " << signedPdf->signatureCount << "\n"
        << "  sha256: " << signedPdf->sha256 << "\n";
    if (signedPdf->isTrainingCertificate) {
        out << "  note: signed with a TRAINING certificate; this is not a real signature\n";
    }
    return ExitOk;
}

int runVerifyCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto trust = valueOption("trust", "DIR");
    const auto json = flagOption("json");
    if (const QString problem = parse(parser, args, {trust, json}); !problem.isEmpty()) {
        return usage(err, problem);
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(err, QStringLiteral("usage: verify FILE.pdf [--trust DIR] [--json]"));
    }
    VerifyOptions options;
    options.trustDirectory = parser.value(trust);
    auto report = PdfVerifier::verify(parser.positionalArguments().first(), options);
    if (!report) {
        return failure(err, report.error().message,
                       report.error().code == ErrorCode::Io ? ExitFailure : ExitUsage);
    }
    const int code = report->ok() ? ExitOk : ExitBlockingFindings;
    if (parser.isSet(json)) {
        out << QString::fromUtf8(
            QJsonDocument(verificationReportToJson(*report)).toJson(QJsonDocument::Indented));
        return code;
    }
    out << report->path << ": " << report->signatures.size() << " signature(s), " << report->fileSize
        << " bytes\n";
    for (const SignatureCheck &check : std::as_const(report->signatures)) {
        printCheck(out, check, report->trustChecked);
    }
    if (report->signatures.isEmpty()) {
        out << "Overall: NOT OK - the document is not signed.\n";
    } else if (report->ok()) {
        out << "Overall: OK - every signature is valid and the last one covers the whole document.\n";
    } else if (!report->signatures.constLast().byteRangeValid) {
        out << "Overall: NOT OK - the byte range of the last signature is malformed, so it cannot say what "
               "it signs.\n";
    } else if (!report->lastCoversWholeFile()) {
        out << "Overall: NOT OK - not the whole document is signed: it was changed or extended after the "
               "last "
               "signature.\n";
    } else {
        out << "Overall: NOT OK - at least one signature is invalid.\n";
    }
    return code;
}

int runTrainingCertCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto outOption = valueOption("out", "DIR");
    const auto name = valueOption("name", "NAME");
    const auto passphraseEnv = valueOption("passphrase-env", "VAR");
    const auto key = valueOption("key", "ec|rsa");
    if (const QString problem = parse(parser, args, {outOption, name, passphraseEnv, key});
        !problem.isEmpty()) {
        return usage(err, problem);
    }
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        return usage(
            err, QStringLiteral(
                     "usage: training-cert --out DIR [--name NAME] [--passphrase-env VAR] [--key ec|rsa]"));
    }
    TrainingCertificateOptions options;
    if (parser.isSet(name)) {
        options.name = parser.value(name);
    }
    if (parser.isSet(key)) {
        const QString value = parser.value(key);
        if (value == QLatin1String("ec")) {
            options.keyType = TrainingCertificateOptions::KeyType::EcP256;
        } else if (value == QLatin1String("rsa")) {
            options.keyType = TrainingCertificateOptions::KeyType::Rsa3072;
        } else {
            return usage(err, QStringLiteral("unknown --key '%1' (available: ec, rsa)").arg(value));
        }
    }
    if (!passphraseFrom(parser, passphraseEnv, options.passphrase, err)) {
        return ExitUsage;
    }
    auto created = createTrainingCertificate(parser.value(outOption), options);
    options.passphrase.clear();
    if (!created) {
        return failure(err, created.error().message,
                       created.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailure);
    }
    out << "Training CA:          " << created->caCertificatePath << "\n"
        << "Signing certificate:  " << created->pkcs12Path << "\n"
        << "Subject:              " << created->leaf.subject << "\n"
        << "Key:                  " << created->leaf.keyDescription << "\n"
        << "Valid:                " << iso(created->leaf.notBefore) << " to " << iso(created->leaf.notAfter)
        << "\n";
    if (!created->generatedPassphrase.isEmpty()) {
        // Printed once and not kept anywhere: whoever runs the workshop writes it down.
        out << "Passphrase (shown only this once): "
            << QString::fromUtf8(created->generatedPassphrase.data(), created->generatedPassphrase.size())
            << "\n";
        created->generatedPassphrase.clear();
    }
    out << "This certificate is for training only: signatures made with it are marked TRAINING.\n";
    return ExitOk;
}

} // namespace mla::cli
