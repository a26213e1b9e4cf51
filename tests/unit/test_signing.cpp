// Signing and verification (core/signing): PAdES B-B incremental signatures checked by the
// independent oracles pdfsig (poppler, NSS trust), `openssl cms -verify`, `qpdf --check` and PDFBox
// Preflight (PDF/A-1b), plus our own verifier, the typed errors and the CLI commands. A test skips
// (with the reason) when an oracle is not installed; CI has them all.
#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "signing/certificates.h"
#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTextDocument>
#include <cstdio>
#include <gtest/gtest.h>

#include <cctype>
#include <memory>

using namespace mla::core;
using mla::test::cliPath;
using mla::test::hasProgram;
using mla::test::readFile;
using mla::test::runProgram;
using mla::test::writeFile;

namespace {

const char *const kAuthorPassphrase = "author-passphrase";
const char *const kReviewerPassphrase = "reviewer passphrase \xC3\xA9"; // non-ASCII on purpose


QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

/// A PDF/A-1b letter made with QPdfWriter directly: the fallback when the project's writer is
/// being changed and cannot render (the signing tests must not depend on the letter's layout).
QByteArray fallbackPdf(int paragraphs)
{
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSerif-Regular.ttf"));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Request for mutual legal assistance"));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Serif"), 11));
    QString text;
    for (int i = 0; i < paragraphs; ++i) {
        text +=
            QStringLiteral("%1. The requesting authority asks for the records of the account held at Banque "
                           "Exemple SA in Lyon, which received the proceeds of the transfer.\n\n")
                .arg(i + 1);
    }
    document.setPlainText(text);
    document.print(&writer);
    return pdf;
}

/// The demo request as the project's PDF/A-1b letter, or the fallback when the writer fails.
QByteArray requestPdf(QString *how)
{
    *how = QStringLiteral("QPdfWriter fallback (the letter could not be composed)");
    auto form = RequestForm::builtIn(QStringLiteral("mla.general"));
    if (form) {
        auto document = composeLetter(DemoCase::generalMlaRequest(), *form);
        if (document) {
            auto pdf = renderPdf(*document);
            if (pdf) {
                *how = QStringLiteral("project's writer (renderPdf of the demo request)");
                return *pdf;
            }
            *how = QStringLiteral("QPdfWriter fallback (renderPdf: %1)").arg(pdf.error().message);
        }
    }
    return fallbackPdf(60);
}

/// A small hand-written PDF (not PDF/A) whose page has a direct /Annots array and whose catalog has
/// a direct /AcroForm, or (@p indirectFields) an indirect /AcroForm with an indirect /Fields array.
QByteArray handWrittenPdf(bool indirectFields)
{
    const QByteArray content = "BT /F1 12 Tf 20 250 Td (Hand written) Tj ET";
    QList<QByteArray> objects;
    objects
        << (indirectFields
                ? QByteArray("<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>")
                : QByteArray(
                      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /DA (/Helv 0 Tf 0 g) >> >>"));
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Annots [] >>";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    if (indirectFields) {
        objects << "<< /Fields 6 0 R >>";
        objects << "[]";
    }
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct ExtractedSignature
{
    QByteArray signedBytes;
    QByteArray der;
};

/// The DER value at the start of @p padded, cut to the length its own header declares.
/// Stripping trailing zero bytes instead would also cut a signature whose last byte is 0x00,
/// which a random signature value is once in 256 signings.
QByteArray withoutPadding(const QByteArray &padded)
{
    if (padded.size() < 2) {
        return padded;
    }
    const auto byteAt = [&padded](qsizetype i) { return static_cast<unsigned char>(padded.at(i)); };
    const unsigned char first = byteAt(1);
    qsizetype headerSize = 2;
    qsizetype contentSize = first;
    if (first & 0x80) {
        const int lengthBytes = first & 0x7f;
        if (lengthBytes == 0 || lengthBytes > 4 || padded.size() < 2 + lengthBytes) {
            return padded;
        }
        contentSize = 0;
        for (int i = 0; i < lengthBytes; ++i) {
            contentSize = (contentSize << 8) | byteAt(2 + i);
        }
        headerSize += lengthBytes;
    }
    return padded.left(headerSize + contentSize);
}

/// The signed bytes and the CMS of every /ByteRange in @p pdf, in file order.
QList<ExtractedSignature> extractSignatures(const QByteArray &pdf)
{
    QList<ExtractedSignature> out;
    static const QRegularExpression pattern(QStringLiteral(R"(/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\])"));
    auto it = pattern.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 a = m.captured(1).toLongLong();
        const qint64 b = m.captured(2).toLongLong();
        const qint64 c = m.captured(3).toLongLong();
        const qint64 d = m.captured(4).toLongLong();
        ExtractedSignature s;
        s.signedBytes = pdf.mid(a, b) + pdf.mid(c, d);
        s.der = withoutPadding(QByteArray::fromHex(pdf.mid(b + 1, c - b - 2)));
        out << s;
    }
    return out;
}

/// A training certificate, passphrase "pw", valid from three years to one year before @p now.
TrainingCertificateOptions expiredLastYear(const QString &name, const QDateTime &now)
{
    TrainingCertificateOptions options;
    options.name = name;
    options.passphrase = Secret::fromString(QStringLiteral("pw"));
    options.notBefore = now.addYears(-3);
    options.notAfter = now.addYears(-1);
    return options;
}

/// Splits pdfsig's text into one block per "Signature #n:".
QStringList pdfsigBlocks(const QString &text)
{
    QStringList blocks = text.split(QRegularExpression(QStringLiteral("\\nSignature #\\d+:")));
    blocks.removeFirst();
    return blocks;
}

struct Preflight
{
    bool ran = false;
    bool valid = false;
    QString output;
};

class SigningTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        if (!s_dir->isValid()) {
            s_setupError = QStringLiteral("no temporary folder");
            return;
        }
        const QByteArray pdf = requestPdf(&s_pdfSource);
        std::fprintf(stderr, "[ signing  ] the request PDF comes from the %s\n", qPrintable(s_pdfSource));
        s_pdf = s_dir->filePath(QStringLiteral("request.pdf"));
        if (!writeFile(s_pdf, pdf)) {
            s_setupError = QStringLiteral("cannot write the request PDF");
            return;
        }
        TrainingCertificateOptions author;
        author.name = QStringLiteral("Alma Kestrel");
        author.passphrase = Secret::fromString(QString::fromUtf8(kAuthorPassphrase));
        auto authorCert = createTrainingCertificate(s_dir->filePath(QStringLiteral("author")), author);
        TrainingCertificateOptions reviewer;
        reviewer.name = QStringLiteral("Rita Reviewer");
        reviewer.passphrase = Secret::fromString(QString::fromUtf8(kReviewerPassphrase));
        auto reviewerCert = createTrainingCertificate(s_dir->filePath(QStringLiteral("reviewer")), reviewer);
        if (!authorCert || !reviewerCert) {
            s_setupError = QStringLiteral("training certificates: %1 %2")
                               .arg(authorCert ? QString() : authorCert.error().message,
                                    reviewerCert ? QString() : reviewerCert.error().message);
            return;
        }
        s_authorP12 = authorCert->pkcs12Path;
        s_authorCa = authorCert->caCertificatePath;
        s_reviewerP12 = reviewerCert->pkcs12Path;
        s_reviewerCa = reviewerCert->caCertificatePath;
        // Trust anchors for our verifier: both training CAs.
        s_trustDir = s_dir->filePath(QStringLiteral("trust"));
        QDir().mkpath(s_trustDir);
        QFile::copy(s_authorCa, s_trustDir + QStringLiteral("/author-ca.pem"));
        QFile::copy(s_reviewerCa, s_trustDir + QStringLiteral("/reviewer-ca.pem"));
        // The same anchors in an NSS database for pdfsig.
        if (hasProgram(QStringLiteral("certutil"))) {
            const QString nss = s_dir->filePath(QStringLiteral("nss"));
            QDir().mkpath(nss);
            const QString db = QStringLiteral("sql:") + nss;
            const bool ok =
                runProgram(
                    QStringLiteral("certutil"),
                    {QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"), db})
                        .exitCode == 0 &&
                runProgram(QStringLiteral("certutil"),
                           {QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("author-ca"),
                            QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"), s_authorCa,
                            QStringLiteral("-d"), db})
                        .exitCode == 0 &&
                runProgram(QStringLiteral("certutil"),
                           {QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("reviewer-ca"),
                            QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
                            s_reviewerCa, QStringLiteral("-d"), db})
                        .exitCode == 0;
            if (ok) {
                s_nssDb = db;
            }
        }
    }

    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        if (!s_setupError.isEmpty()) {
            FAIL() << qPrintable(s_setupError);
        }
    }

    static QString path(const QString &name) { return s_dir->filePath(name); }

    static SigningOptions authorOptions()
    {
        SigningOptions options;
        options.pkcs12Path = s_authorP12;
        options.passphrase = Secret::fromString(QString::fromUtf8(kAuthorPassphrase));
        options.reason = QStringLiteral("I am the author of this request");
        options.location = QStringLiteral("Riverton");
        options.contactInfo = QStringLiteral("alma.kestrel@justice.example");
        options.signerCapacity = QStringLiteral("Senior Public Prosecutor");
        return options;
    }

    static SigningOptions reviewerOptions()
    {
        SigningOptions options;
        options.pkcs12Path = s_reviewerP12;
        options.passphrase = Secret::fromString(QString::fromUtf8(kReviewerPassphrase));
        options.reason = QStringLiteral("Approved by the central authority");
        options.signerCapacity = QStringLiteral("Central Authority");
        return options;
    }

    /// pdfsig's report with the training CAs trusted; empty when pdfsig or certutil is missing.
    static QString pdfsig(const QString &file)
    {
        const auto result = runProgram(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), s_nssDb, file});
        return QString::fromUtf8(result.standardOutput + result.standardError);
    }

    static bool havePdfsig() { return hasProgram(QStringLiteral("pdfsig")) && !s_nssDb.isEmpty(); }

    static Preflight preflight(const QString &file)
    {
        Preflight p;
        if (!mla::test::hasPreflight()) {
            return p;
        }
        const auto result = runProgram(QStringLiteral("java"),
                                       {QStringLiteral("-cp"), mla::test::preflightClassPath(),
                                        QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), file});
        p.ran = result.started;
        p.output = QString::fromUtf8(result.standardOutput + result.standardError);
        p.valid = p.output.contains(QStringLiteral("is a valid PDF/A-1b file"));
        return p;
    }

    static bool qpdfCheck(const QString &file, QString *output)
    {
        const auto result = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        *output = QString::fromUtf8(result.standardOutput + result.standardError);
        return result.exitCode == 0 &&
               output->contains(QStringLiteral("No syntax or stream encoding errors found"));
    }

    /// `openssl cms -verify` of @p signature against @p caFile; its output in @p output.
    static bool opensslVerify(const ExtractedSignature &signature, const QString &caFile, QString *output)
    {
        static int counter = 0;
        const QString der = path(QStringLiteral("cms-%1.der").arg(++counter));
        const QString content = path(QStringLiteral("cms-%1.bin").arg(counter));
        writeFile(der, signature.der);
        writeFile(content, signature.signedBytes);
        const auto result =
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), der,
                        QStringLiteral("-content"), content, QStringLiteral("-CAfile"), caFile,
                        QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"),
                        path(QStringLiteral("cms-out.bin"))});
        *output = QString::fromUtf8(result.standardOutput + result.standardError);
        return result.exitCode == 0 && output->contains(QStringLiteral("Verification successful"));
    }

    static QString opensslPrint(const ExtractedSignature &signature)
    {
        const QString der = path(QStringLiteral("print.der"));
        writeFile(der, signature.der);
        const auto result =
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), der});
        return QString::fromUtf8(result.standardOutput);
    }

    /// Signs @p in into @p out with the author's certificate; fails the test on error.
    static SignatureSummary signAsAuthor(const QString &in, const QString &out, bool visible)
    {
        SigningOptions options = authorOptions();
        options.visible = visible;
        auto summary = PdfSigner::sign(in, out, options);
        EXPECT_TRUE(summary.ok()) << qPrintable(summary ? QString() : summary.error().message());
        return summary ? *summary : SignatureSummary();
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_setupError;
    static inline QString s_pdf;
    static inline QString s_pdfSource;
    static inline QString s_authorP12;
    static inline QString s_authorCa;
    static inline QString s_reviewerP12;
    static inline QString s_reviewerCa;
    static inline QString s_trustDir;
    static inline QString s_nssDb;
};

// ---- secrets and certificates ------------------------------------------------------------------

TEST(SignatureExtraction, CutsThePaddingByTheDeclaredLengthAndKeepsATrailingZeroByte)
{
    // A SEQUENCE of 3 content bytes whose last byte is 0x00, then /Contents padding.
    const QByteArray shortForm = QByteArray::fromHex("3003020100") + QByteArray(8, '\0');
    EXPECT_EQ(withoutPadding(shortForm).toHex(), QByteArray("3003020100"));
    // Long form: 0x82 and two length bytes (260 content bytes, the last one 0x00).
    QByteArray content(260, '\x11');
    content[259] = '\0';
    const QByteArray longForm = QByteArray::fromHex("30820104") + content;
    EXPECT_EQ(withoutPadding(longForm + QByteArray(40, '\0')), longForm);
}

TEST(SigningSecret, CopiesAreDeepAndClearEmpties)
{
    Secret a = Secret::fromString(QStringLiteral("p\u00e4ss"));
    Secret b = a;
    EXPECT_EQ(QByteArray(a.data(), a.size()), QByteArray("p\xC3\xA4ss"));
    a.clear();
    EXPECT_TRUE(a.isEmpty());
    EXPECT_STREQ(a.data(), "");
    EXPECT_EQ(QByteArray(b.data(), b.size()), QByteArray("p\xC3\xA4ss"));
    QByteArray source = "taken";
    Secret c = Secret::takeUtf8(source);
    EXPECT_TRUE(source.isEmpty());
    EXPECT_EQ(c.size(), 5);
}

TEST(SigningSecret, GeneratedPassphraseIsFourGroupsOfFive)
{
    const Secret a = Secret::generatePassphrase();
    const Secret b = Secret::generatePassphrase();
    const QString text = QString::fromLatin1(a.data());
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$")).match(text).hasMatch())
        << qPrintable(text);
    EXPECT_NE(text, QString::fromLatin1(b.data()));
}

TEST(SigningSecret, ReadsTheEnvironmentAndReportsAMissingVariable)
{
    qputenv("MLA_TEST_SECRET_VAR", "from the environment");
    bool found = false;
    const Secret secret = Secret::fromEnvironment(QStringLiteral("MLA_TEST_SECRET_VAR"), &found);
    EXPECT_TRUE(found);
    EXPECT_STREQ(secret.data(), "from the environment");
    qunsetenv("MLA_TEST_SECRET_VAR");
    EXPECT_TRUE(Secret::fromEnvironment(QStringLiteral("MLA_TEST_SECRET_VAR"), &found).isEmpty());
    EXPECT_FALSE(found);
}

TEST(TrainingCertificate, WritesTheCaAndAMarkedLeafThatCanSign)
{
    QTemporaryDir dir;
    TrainingCertificateOptions options;
    options.name = QStringLiteral("Workshop Participant");
    auto created = createTrainingCertificate(dir.path(), options);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    EXPECT_TRUE(QFileInfo::exists(created->caCertificatePath));
    EXPECT_EQ(QFileInfo(created->pkcs12Path).fileName(), QStringLiteral("workshop-participant.p12"));
    EXPECT_FALSE(created->generatedPassphrase.isEmpty()) << "no passphrase given: one is generated";
    EXPECT_TRUE(created->leaf.subject.contains(QStringLiteral("TRAINING")));
    EXPECT_TRUE(created->ca.subject.contains(QStringLiteral("TRAINING")));
    EXPECT_EQ(created->leaf.commonName, QStringLiteral("Workshop Participant (TRAINING)"));
    EXPECT_EQ(created->leaf.issuer, created->ca.subject);
    EXPECT_EQ(created->leaf.keyDescription, QStringLiteral("EC P-256"));
    EXPECT_TRUE(created->leaf.canSign);
    EXPECT_TRUE(created->leaf.isTraining);

    auto identity = importPkcs12(created->pkcs12Path, created->generatedPassphrase);
    ASSERT_TRUE(identity.ok()) << qPrintable(identity.error().message());
    EXPECT_EQ(identity->certificate().sha256Fingerprint, created->leaf.sha256Fingerprint);
    ASSERT_EQ(identity->chain().size(), 1);
    EXPECT_EQ(identity->chain().first().subject, created->ca.subject);

    if (hasProgram(QStringLiteral("openssl"))) {
        const auto text =
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("x509"), QStringLiteral("-in"), created->caCertificatePath,
                        QStringLiteral("-noout"), QStringLiteral("-text")});
        EXPECT_TRUE(text.standardOutput.contains("CA:TRUE"));
        QTemporaryDir pemDir;
        const QString leafPem = pemDir.filePath(QStringLiteral("leaf.pem"));
        const auto exported = runProgram(
            QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-in"), created->pkcs12Path, QStringLiteral("-clcerts"),
             QStringLiteral("-nokeys"), QStringLiteral("-passin"), QStringLiteral("env:MLA_TEST_P12_PASS"),
             QStringLiteral("-out"), leafPem},
            {},
            {QStringLiteral("MLA_TEST_P12_PASS=") + QString::fromUtf8(created->generatedPassphrase.data())});
        ASSERT_EQ(exported.exitCode, 0) << exported.standardError.constData();
        const auto leafText =
            runProgram(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), leafPem,
                                                   QStringLiteral("-noout"), QStringLiteral("-text")});
        EXPECT_TRUE(leafText.standardOutput.contains("Digital Signature, Non Repudiation"))
            << leafText.standardOutput.constData();
        EXPECT_TRUE(leafText.standardOutput.contains("E-mail Protection"));
        EXPECT_TRUE(leafText.standardOutput.contains("CA:FALSE"));
    }
}

TEST(TrainingCertificate, RsaKeyAndAChosenPassphrase)
{
    QTemporaryDir dir;
    TrainingCertificateOptions options;
    options.keyType = TrainingCertificateOptions::KeyType::Rsa3072;
    options.passphrase = Secret::fromString(QStringLiteral("chosen"));
    auto created = createTrainingCertificate(dir.path(), options);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    EXPECT_TRUE(created->generatedPassphrase.isEmpty());
    EXPECT_EQ(created->leaf.keyDescription, QStringLiteral("RSA 3072"));
    EXPECT_TRUE(importPkcs12(created->pkcs12Path, Secret::fromString(QStringLiteral("chosen"))).ok());
}

TEST(TrainingCertificate, NeverReplacesAnExistingCa)
{
    QTemporaryDir dir;
    ASSERT_TRUE(createTrainingCertificate(dir.path()).ok());
    const QByteArray before = readFile(dir.filePath(QStringLiteral("ca.pem")));
    auto again = createTrainingCertificate(dir.path());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(readFile(dir.filePath(QStringLiteral("ca.pem"))), before);
}

TEST(Pkcs12Import, WrongPassphraseIsBadPassphrase)
{
    QTemporaryDir dir;
    TrainingCertificateOptions options;
    options.passphrase = Secret::fromString(QStringLiteral("right"));
    auto created = createTrainingCertificate(dir.path(), options);
    ASSERT_TRUE(created.ok());
    auto imported = importPkcs12(created->pkcs12Path, Secret::fromString(QStringLiteral("wrong")));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.status(), SigningStatus::BadPassphrase);
    EXPECT_TRUE(imported.error().message().contains(QStringLiteral("passphrase")));
    EXPECT_EQ(importPkcs12(created->pkcs12Path, Secret()).status(), SigningStatus::BadPassphrase);
}

TEST(Pkcs12Import, AFileThatIsNoPkcs12)
{
    QTemporaryDir dir;
    const QString notP12 = dir.filePath(QStringLiteral("letter.p12"));
    ASSERT_TRUE(writeFile(notP12, "%PDF-1.4 this is no certificate"));
    auto imported = importPkcs12(notP12, Secret::fromString(QStringLiteral("x")));
    EXPECT_EQ(imported.status(), SigningStatus::NotAPkcs12);
    EXPECT_TRUE(imported.error().message().contains(QStringLiteral("PKCS#12")));
    EXPECT_EQ(importPkcs12(dir.filePath(QStringLiteral("missing.p12")), Secret()).status(),
              SigningStatus::IoError);
}

TEST(Pkcs12Import, ExpiredAndNotYetValidCertificates)
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TrainingCertificateOptions expired = expiredLastYear(QStringLiteral("Expired"), now);
    auto old = createTrainingCertificate(dir.filePath(QStringLiteral("old")), expired);
    ASSERT_TRUE(old.ok());
    auto imported = importPkcs12(old->pkcs12Path, expired.passphrase);
    EXPECT_EQ(imported.status(), SigningStatus::CertificateExpired);
    EXPECT_TRUE(imported.error().message().contains(QStringLiteral("expired")));
    // Valid at a claimed time inside its validity.
    EXPECT_TRUE(importPkcs12(old->pkcs12Path, expired.passphrase, now.addYears(-2)).ok());

    TrainingCertificateOptions future = expired;
    future.name = QStringLiteral("Future");
    future.notBefore = now.addYears(1);
    future.notAfter = now.addYears(2);
    auto early = createTrainingCertificate(dir.filePath(QStringLiteral("future")), future);
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(importPkcs12(early->pkcs12Path, future.passphrase).status(),
              SigningStatus::CertificateNotYetValid);
}

TEST(Pkcs12Import, CertificateWithoutDigitalSignatureKeyUsage)
{
    if (!hasProgram(QStringLiteral("openssl"))) {
        GTEST_SKIP() << "the openssl command is not installed";
    }
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString p12 = dir.filePath(QStringLiteral("encipher-only.p12"));
    auto made = runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-subj"),
         QStringLiteral("/CN=Key Agreement Only"), QStringLiteral("-days"), QStringLiteral("30"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyAgreement")});
    ASSERT_EQ(made.exitCode, 0) << made.standardError.constData();
    made = runProgram(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key,
                       QStringLiteral("-in"), cert, QStringLiteral("-out"), p12, QStringLiteral("-passout"),
                       QStringLiteral("pass:pw")});
    ASSERT_EQ(made.exitCode, 0) << made.standardError.constData();
    auto imported = importPkcs12(p12, Secret::fromString(QStringLiteral("pw")));
    EXPECT_EQ(imported.status(), SigningStatus::KeyUsageUnsuitable);
    EXPECT_TRUE(imported.error().message().contains(QStringLiteral("key usage")));
}

TEST(SigningStatusMessages, EveryStatusHasAMessageAndACategory)
{
    for (const SigningStatus status :
         {SigningStatus::Success, SigningStatus::BadPassphrase, SigningStatus::CertificateExpired,
          SigningStatus::CertificateNotYetValid, SigningStatus::KeyUsageUnsuitable, SigningStatus::NotAPkcs12,
          SigningStatus::NotAPdf, SigningStatus::ModifiedAfterSignature, SigningStatus::SameFile,
          SigningStatus::IoError, SigningStatus::Internal}) {
        EXPECT_FALSE(signingStatusMessage(status).isEmpty());
    }
    EXPECT_EQ(errorCodeFor(SigningStatus::IoError), ErrorCode::Io);
    EXPECT_TRUE(signingStatusMessage(SigningStatus::NotAPdf, QStringLiteral("x.txt"))
                    .endsWith(QStringLiteral("x.txt")));
}

// ---- signing: the oracles ----------------------------------------------------------------------

TEST_F(SigningTest, InvisibleEtsiSignatureIsValidTrustedAndKeepsPdfA)
{
    const QString out = path(QStringLiteral("invisible.pdf"));
    const QString originalHash = sha256Of(s_pdf);
    const SignatureSummary summary = signAsAuthor(s_pdf, out, false);
    ASSERT_FALSE(summary.fieldName.isEmpty());
    EXPECT_EQ(sha256Of(s_pdf), originalHash) << "the unsigned original is never touched";
    EXPECT_EQ(summary.outputPath, out);
    EXPECT_EQ(summary.fieldName, QStringLiteral("Signature1"));
    EXPECT_EQ(summary.signerName, QStringLiteral("Alma Kestrel (TRAINING)"));
    EXPECT_EQ(summary.sha256, sha256Of(out));
    EXPECT_EQ(summary.size, QFileInfo(out).size());
    EXPECT_EQ(summary.signatureCount, 1);
    EXPECT_TRUE(summary.isTrainingCertificate);
    const QByteArray original = readFile(s_pdf);
    const QByteArray signedPdf = readFile(out);
    EXPECT_TRUE(signedPdf.startsWith(original)) << "an incremental update keeps every original byte";

    // pdfsig: valid and trusted, the whole document, PAdES subfilter.
    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QString report = pdfsig(out);
    SCOPED_TRACE(report.toStdString());
    EXPECT_TRUE(report.contains(QStringLiteral("Signature Field Name: Signature1")));
    EXPECT_TRUE(report.contains(QStringLiteral("Signer Certificate Common Name: Alma Kestrel (TRAINING)")));
    EXPECT_TRUE(report.contains(QStringLiteral("Signature Type: ETSI.CAdES.detached")));
    EXPECT_TRUE(report.contains(QStringLiteral("Signing Hash Algorithm: SHA-256")));
    EXPECT_TRUE(report.contains(QStringLiteral("Total document signed")));
    EXPECT_TRUE(report.contains(QStringLiteral("Signature Validation: Signature is Valid.")));
    EXPECT_TRUE(report.contains(QStringLiteral("Certificate Validation: Certificate is Trusted.")));

    // openssl cms -verify on the extracted CMS; no signingTime among the signed attributes.
    const auto signatures = extractSignatures(signedPdf);
    ASSERT_EQ(signatures.size(), 1);
    QString opensslOutput;
    EXPECT_TRUE(opensslVerify(signatures[0], s_authorCa, &opensslOutput)) << qPrintable(opensslOutput);
    const QString printed = opensslPrint(signatures[0]);
    EXPECT_TRUE(printed.contains(QStringLiteral("messageDigest")));
    EXPECT_TRUE(printed.contains(QStringLiteral("signingCertificateV2")));
    EXPECT_FALSE(printed.contains(QStringLiteral("signingTime"))) << qPrintable(printed);

    QString qpdfOutput;
    EXPECT_TRUE(qpdfCheck(out, &qpdfOutput)) << qPrintable(qpdfOutput);
    const Preflight pf = preflight(out);
    if (pf.ran) {
        EXPECT_TRUE(pf.valid) << qPrintable(s_pdfSource + QStringLiteral(": ") + pf.output);
    }

    // Our verifier agrees.
    auto verified = PdfVerifier::verify(out, VerifyOptions{s_trustDir, {}});
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    ASSERT_EQ(verified->signatures.size(), 1);
    const SignatureCheck &check = verified->signatures.first();
    EXPECT_TRUE(verified->ok());
    EXPECT_TRUE(check.isValid()) << qPrintable(check.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(check.trust, SignatureCheck::Trust::Trusted);
    EXPECT_EQ(check.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    EXPECT_EQ(check.digestAlgorithm, QStringLiteral("SHA256"));
    EXPECT_TRUE(check.hasSigningCertificateV2);
    EXPECT_FALSE(check.signingTimeAttribute.isValid());
    EXPECT_TRUE(check.coversWholeFile);
    EXPECT_EQ(check.reason, QStringLiteral("I am the author of this request"));
    EXPECT_EQ(check.location, QStringLiteral("Riverton"));
    EXPECT_EQ(check.contactInfo, QStringLiteral("alma.kestrel@justice.example"));
    EXPECT_EQ(check.signerCommonName, QStringLiteral("Alma Kestrel (TRAINING)"));
    EXPECT_TRUE(check.signerSubject.contains(QStringLiteral("OU=TRAINING")));
    EXPECT_EQ(check.claimedTime.toUTC(), summary.claimedTime);
}

TEST_F(SigningTest, VisibleBlockPrintsEveryBundledScriptInEmbeddedFontsAndKeepsPdfA)
{
    const QString out = path(QStringLiteral("visible.pdf"));
    SigningOptions options = authorOptions();
    options.visible = true;
    // Names and places in Latin beyond WinAnsi, Cyrillic, Arabic (joined, right to left) and Han.
    options.signerName = QStringLiteral("\u0141ukasz Wi\u015bniewski");
    options.signerCapacity = QStringLiteral("\u041f\u0440\u043e\u043a\u0443\u0440\u043e\u0440 (prosecutor)");
    options.location = QStringLiteral("\u0627\u0644\u0631\u064a\u0627\u0636");
    options.reason = QStringLiteral("\u68c0\u5bdf\u5b98");
    auto summary = PdfSigner::sign(s_pdf, out, options);
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().message());

    if (hasProgram(QStringLiteral("pdffonts"))) {
        const auto fonts = runProgram(QStringLiteral("pdffonts"), {out});
        const QString text = QString::fromUtf8(fonts.standardOutput);
        for (const char *face : {"NotoSerif-Regular", "NotoNaskhArabic-Regular", "NotoSansCJKsc-Regular"}) {
            const QRegularExpression embedded(QStringLiteral(R"(\n%1\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes)")
                                                  .arg(QLatin1String(face)));
            EXPECT_TRUE(embedded.match(text).hasMatch()) << face << " in " << qPrintable(text);
        }
        // Every font is embedded: the "emb" column says yes on every row.
        const QRegularExpression row(QStringLiteral(R"(\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const auto m = row.match(line);
            if (m.hasMatch()) {
                EXPECT_EQ(m.captured(1), QStringLiteral("yes")) << qPrintable(line);
            }
        }
    }
    if (hasProgram(QStringLiteral("pdftotext"))) {
        const auto text = runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        // pdftotext gives Arabic in presentation forms, which NFKC folds back.
        const QString extracted = QString::fromUtf8(text.standardOutput).normalized(QString::NormalizationForm_KC);
        EXPECT_TRUE(extracted.contains(QStringLiteral("Digitally signed by \u0141ukasz Wi\u015bniewski")))
            << qPrintable(extracted.right(600));
        EXPECT_TRUE(extracted.contains(QStringLiteral("\u041f\u0440\u043e\u043a\u0443\u0440\u043e\u0440")));
        EXPECT_TRUE(extracted.contains(QStringLiteral("\u68c0\u5bdf\u5b98"))) << qPrintable(extracted.right(600));
        EXPECT_TRUE(extracted.contains(options.location) ||
                    extracted.contains(QStringLiteral("\u0636\u0627\u064a\u0631\u0644\u0627")))
            << qPrintable(extracted.right(600));
        EXPECT_FALSE(extracted.right(600).contains(QLatin1Char('?'))) << "no character replaced";
        EXPECT_TRUE(extracted.contains(QStringLiteral("TRAINING CERTIFICATE")));
    }
    const Preflight pf = preflight(out);
    if (pf.ran) {
        EXPECT_TRUE(pf.valid) << qPrintable(s_pdfSource + QStringLiteral(": ") + pf.output);
    }
    QString qpdfOutput;
    if (hasProgram(QStringLiteral("qpdf"))) {
        EXPECT_TRUE(qpdfCheck(out, &qpdfOutput)) << qPrintable(qpdfOutput);
    }
    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QString report = pdfsig(out);
    EXPECT_TRUE(report.contains(QStringLiteral("Signature is Valid."))) << qPrintable(report);
    EXPECT_TRUE(report.contains(QStringLiteral("Certificate is Trusted."))) << qPrintable(report);
}

TEST_F(SigningTest, SecondSignatureLeavesTheFirstValidAndKeepsPdfA)
{
    const QString once = path(QStringLiteral("once.pdf"));
    const QString twice = path(QStringLiteral("twice.pdf"));
    signAsAuthor(s_pdf, once, true);
    SigningOptions options = reviewerOptions();
    options.visible = true;
    options.subFilter = SignatureSubFilter::AdbePkcs7Detached;
    auto second = PdfSigner::sign(once, twice, options);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message());
    EXPECT_EQ(second->fieldName, QStringLiteral("Signature2"));
    EXPECT_EQ(second->signatureCount, 2);
    EXPECT_TRUE(readFile(twice).startsWith(readFile(once)));

    auto verified = PdfVerifier::verify(twice, VerifyOptions{s_trustDir, {}});
    ASSERT_TRUE(verified.ok());
    ASSERT_EQ(verified->signatures.size(), 2);
    EXPECT_TRUE(verified->ok());
    EXPECT_FALSE(verified->signatures[0].coversWholeFile);
    EXPECT_FALSE(verified->signatures[0].modifiedAfterSigning)
        << "the later signature covers what follows it";
    EXPECT_TRUE(verified->signatures[0].isValid());
    EXPECT_TRUE(verified->signatures[1].coversWholeFile);
    EXPECT_EQ(verified->signatures[1].subFilter, QStringLiteral("adbe.pkcs7.detached"));
    EXPECT_TRUE(verified->signatures[1].signerCommonName.startsWith(QStringLiteral("Rita Reviewer")));

    for (const QString &file : {once, twice}) {
        const Preflight pf = preflight(file);
        if (pf.ran) {
            EXPECT_TRUE(pf.valid) << qPrintable(QFileInfo(file).fileName() + QStringLiteral(" (") +
                                                s_pdfSource + QStringLiteral("): ") + pf.output);
        }
        if (hasProgram(QStringLiteral("qpdf"))) {
            QString qpdfOutput;
            EXPECT_TRUE(qpdfCheck(file, &qpdfOutput)) << qPrintable(qpdfOutput);
        }
    }
    const auto signatures = extractSignatures(readFile(twice));
    ASSERT_EQ(signatures.size(), 2);
    if (hasProgram(QStringLiteral("openssl"))) {
        QString output;
        EXPECT_TRUE(opensslVerify(signatures[0], s_authorCa, &output)) << qPrintable(output);
        EXPECT_TRUE(opensslVerify(signatures[1], s_reviewerCa, &output)) << qPrintable(output);
    }
    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QStringList blocks = pdfsigBlocks(pdfsig(twice));
    ASSERT_EQ(blocks.size(), 2) << qPrintable(blocks.join(QLatin1Char('\n')));
    EXPECT_TRUE(blocks[0].contains(QStringLiteral("Not total document signed"))) << qPrintable(blocks[0]);
    EXPECT_TRUE(blocks[0].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[0]);
    EXPECT_TRUE(blocks[0].contains(QStringLiteral("Certificate is Trusted."))) << qPrintable(blocks[0]);
    EXPECT_TRUE(blocks[1].contains(QStringLiteral("Total document signed"))) << qPrintable(blocks[1]);
    EXPECT_FALSE(blocks[1].contains(QStringLiteral("Not total document signed")));
    EXPECT_TRUE(blocks[1].contains(QStringLiteral("Signature Type: adbe.pkcs7.detached")))
        << qPrintable(blocks[1]);
    EXPECT_TRUE(blocks[1].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[1]);
    EXPECT_TRUE(blocks[1].contains(QStringLiteral("Certificate is Trusted."))) << qPrintable(blocks[1]);
}

TEST_F(SigningTest, Rsa3072SignatureIsValidForPdfsigAndOpenssl)
{
    QTemporaryDir dir;
    TrainingCertificateOptions rsa;
    rsa.name = QStringLiteral("Rsa Signer");
    rsa.keyType = TrainingCertificateOptions::KeyType::Rsa3072;
    rsa.passphrase = Secret::fromString(QStringLiteral("rsa"));
    auto created = createTrainingCertificate(dir.path(), rsa);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    SigningOptions options;
    options.pkcs12Path = created->pkcs12Path;
    options.passphrase = rsa.passphrase;
    const QString out = path(QStringLiteral("rsa.pdf"));
    auto summary = PdfSigner::sign(s_pdf, out, options);
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().message());
    auto verified = PdfVerifier::verify(out, VerifyOptions{{}, {created->caCertificatePath}});
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->signatures[0].trust, SignatureCheck::Trust::Trusted);
    if (hasProgram(QStringLiteral("openssl"))) {
        const auto signatures = extractSignatures(readFile(out));
        ASSERT_EQ(signatures.size(), 1);
        QString output;
        EXPECT_TRUE(opensslVerify(signatures[0], created->caCertificatePath, &output)) << qPrintable(output);
        EXPECT_FALSE(opensslPrint(signatures[0]).contains(QStringLiteral("signingTime")));
    }
    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QString db = QStringLiteral("sql:") + dir.filePath(QStringLiteral("nss"));
    QDir().mkpath(dir.filePath(QStringLiteral("nss")));
    ASSERT_EQ(runProgram(QStringLiteral("certutil"),
                         {QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"), db})
                  .exitCode,
              0);
    ASSERT_EQ(runProgram(QStringLiteral("certutil"),
                         {QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("rsa-ca"),
                          QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
                          created->caCertificatePath, QStringLiteral("-d"), db})
                  .exitCode,
              0);
    const auto result = runProgram(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), db, out});
    const QString report = QString::fromUtf8(result.standardOutput);
    EXPECT_TRUE(report.contains(QStringLiteral("Signature is Valid."))) << qPrintable(report);
    EXPECT_TRUE(report.contains(QStringLiteral("Certificate is Trusted."))) << qPrintable(report);
    EXPECT_TRUE(report.contains(QStringLiteral("Total document signed"))) << qPrintable(report);
}

TEST_F(SigningTest, InvisibleSignaturesTwiceKeepPdfA)
{
    const QString once = path(QStringLiteral("invisible-once.pdf"));
    const QString twice = path(QStringLiteral("invisible-twice.pdf"));
    signAsAuthor(s_pdf, once, false);
    auto second = PdfSigner::sign(once, twice, reviewerOptions());
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message());
    const Preflight pf = preflight(twice);
    if (!pf.ran) {
        GTEST_SKIP() << "java or the PDFBox Preflight jars are not installed";
    }
    EXPECT_TRUE(pf.valid) << qPrintable(s_pdfSource + QStringLiteral(": ") + pf.output);
}

TEST_F(SigningTest, OneChangedByteIsADigestMismatchForPdfsigAndVerify)
{
    const QString good = path(QStringLiteral("tamper-source.pdf"));
    signAsAuthor(s_pdf, good, false);
    QByteArray bytes = readFile(good);
    const auto signatures = extractSignatures(bytes);
    ASSERT_EQ(signatures.size(), 1);
    // A byte of the original document, well inside the first signed range.
    const qsizetype at = bytes.indexOf("/MediaBox") + 12;
    ASSERT_GT(at, 12);
    bytes[at] = bytes[at] == '0' ? '1' : '0';
    const QString bad = path(QStringLiteral("tampered.pdf"));
    ASSERT_TRUE(writeFile(bad, bytes));

    auto verified = PdfVerifier::verify(bad, VerifyOptions{s_trustDir, {}});
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    ASSERT_EQ(verified->signatures.size(), 1);
    EXPECT_FALSE(verified->ok());
    EXPECT_FALSE(verified->signatures[0].digestMatches);
    EXPECT_FALSE(verified->signatures[0].isValid());
    EXPECT_TRUE(
        verified->signatures[0].problems.join(QLatin1Char(' ')).contains(QStringLiteral("Digest mismatch")));

    // Nobody may sign on top of it.
    auto refused = PdfSigner::sign(bad, path(QStringLiteral("tampered-signed.pdf")), reviewerOptions());
    EXPECT_EQ(refused.status(), SigningStatus::ModifiedAfterSignature);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("tampered-signed.pdf"))));

    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QString report = pdfsig(bad);
    EXPECT_TRUE(report.contains(QStringLiteral("Digest Mismatch"))) << qPrintable(report);
    EXPECT_FALSE(report.contains(QStringLiteral("Signature is Valid."))) << qPrintable(report);
}

TEST_F(SigningTest, AByteRangeBeyondTheFileIsMalformedForVerifyAndSign)
{
    const QString good = path(QStringLiteral("range-source.pdf"));
    signAsAuthor(s_pdf, good, false);
    const QByteArray original = readFile(good);
    const qsizetype at = original.indexOf("/ByteRange [") + 11;
    // The signer leaves room for the longest range: the spaces after "]" belong to it.
    qsizetype end = original.indexOf(']', at) + 1;
    while (end < original.size() && original.at(end) == ' ') {
        ++end;
    }
    ASSERT_GT(at, 11);
    // Same length as the real range, so the cross-reference table stays right. Each hostile range
    // would overflow a sum of its numbers into a range that "lies in the file".
    const QList<QByteArray> hostile = {"[0 100 200 9223372036854775807]", "[0 100 9223372036854775000 900]",
                                       "[0 -5 200 300]", "[0 100 200 -1]"};
    for (const QByteArray &range : hostile) {
        SCOPED_TRACE(range.toStdString());
        ASSERT_LE(range.size(), end - at);
        QByteArray bytes = original;
        bytes.replace(at, end - at, range.leftJustified(end - at, ' '));
        const QString bad = path(QStringLiteral("range-hostile.pdf"));
        ASSERT_TRUE(writeFile(bad, bytes));

        auto verified = PdfVerifier::verify(bad, VerifyOptions{s_trustDir, {}});
        ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
        ASSERT_EQ(verified->signatures.size(), 1);
        EXPECT_FALSE(verified->signatures[0].byteRangeValid);
        EXPECT_FALSE(verified->ok());
        EXPECT_EQ(verified->signatures[0].signedEnd(), 0);

        auto refused = PdfSigner::sign(bad, path(QStringLiteral("range-signed.pdf")), reviewerOptions());
        EXPECT_FALSE(refused.ok());
        EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("range-signed.pdf"))));

        const auto cli = runProgram(cliPath(), {QStringLiteral("verify"), bad});
        EXPECT_NE(cli.exitCode, 0);
        EXPECT_TRUE(cli.standardOutput.contains("malformed")) << cli.standardOutput.toStdString();
    }
}

TEST_F(SigningTest, ASignatureWhoseObjectNoLongerResolvesIsNotSignedOver)
{
    const QString good = path(QStringLiteral("dangling-source.pdf"));
    signAsAuthor(s_pdf, good, false);
    QByteArray bytes = readFile(good);
    // Point the cross-reference entry of the signature dictionary past the end of the file: qpdf
    // opens the file without complaint and finds the damage only when it reads that object.
    const qsizetype sig = bytes.indexOf("/Type /Sig");
    ASSERT_GT(sig, 0);
    const qsizetype objectStart = bytes.lastIndexOf(" 0 obj", sig);
    qsizetype numberStart = objectStart;
    while (numberStart > 0 && std::isdigit(static_cast<unsigned char>(bytes.at(numberStart - 1)))) {
        --numberStart;
    }
    ASSERT_GT(objectStart, numberStart);
    const QByteArray entry = QByteArray::number(numberStart).rightJustified(10, '0') + " 00000 n";
    const qsizetype entryAt = bytes.lastIndexOf(entry);
    ASSERT_GT(entryAt, sig) << "the entry of the update's own cross-reference section";
    bytes.replace(entryAt, 10, "0999999999");
    const QString bad = path(QStringLiteral("dangling.pdf"));
    ASSERT_TRUE(writeFile(bad, bytes));

    auto refused = PdfSigner::sign(bad, path(QStringLiteral("dangling-signed.pdf")), reviewerOptions());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.status(), SigningStatus::NotAPdf) << qPrintable(refused.error().message());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("damaged")));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("dangling-signed.pdf"))));
}

TEST_F(SigningTest, AppendedBytesAreNotTheWholeDocumentForPdfsigAndVerify)
{
    const QString good = path(QStringLiteral("append-source.pdf"));
    signAsAuthor(s_pdf, good, false);
    const QString bad = path(QStringLiteral("appended.pdf"));
    ASSERT_TRUE(writeFile(bad, readFile(good) + "\n% added after signing\n"));

    auto verified = PdfVerifier::verify(bad);
    ASSERT_TRUE(verified.ok());
    ASSERT_EQ(verified->signatures.size(), 1);
    EXPECT_FALSE(verified->ok());
    EXPECT_FALSE(verified->lastCoversWholeFile());
    EXPECT_TRUE(verified->signatures[0].digestMatches) << "the signed bytes themselves are intact";
    EXPECT_TRUE(verified->signatures[0].modifiedAfterSigning);
    EXPECT_EQ(verified->signatures[0].bytesAfter, 23);
    EXPECT_TRUE(verified->signatures[0]
                    .problems.join(QLatin1Char(' '))
                    .contains(QStringLiteral("Not the whole document")));

    auto refused = PdfSigner::sign(bad, path(QStringLiteral("appended-signed.pdf")), reviewerOptions());
    EXPECT_EQ(refused.status(), SigningStatus::ModifiedAfterSignature);

    if (!havePdfsig()) {
        GTEST_SKIP() << "pdfsig or certutil is not installed";
    }
    const QString report = pdfsig(bad);
    EXPECT_TRUE(report.contains(QStringLiteral("Not total document signed"))) << qPrintable(report);
}

TEST_F(SigningTest, UntrustedChainIsReported)
{
    const QString out = path(QStringLiteral("untrusted.pdf"));
    signAsAuthor(s_pdf, out, false);
    QTemporaryDir onlyReviewer;
    ASSERT_TRUE(QFile::copy(s_reviewerCa, onlyReviewer.filePath(QStringLiteral("reviewer.pem"))));
    auto verified = PdfVerifier::verify(out, VerifyOptions{onlyReviewer.path(), {}});
    ASSERT_TRUE(verified.ok());
    ASSERT_EQ(verified->signatures.size(), 1);
    EXPECT_EQ(verified->signatures[0].trust, SignatureCheck::Trust::Untrusted);
    EXPECT_FALSE(verified->signatures[0].trustDetail.isEmpty());
    EXPECT_TRUE(verified->signatures[0].digestMatches);
    EXPECT_FALSE(verified->ok());

    // Without trust anchors the chain is simply not checked.
    auto unchecked = PdfVerifier::verify(out);
    ASSERT_TRUE(unchecked.ok());
    EXPECT_EQ(unchecked->signatures[0].trust, SignatureCheck::Trust::NotChecked);
    EXPECT_TRUE(unchecked->ok());

    QTemporaryDir empty;
    EXPECT_EQ(PdfVerifier::verify(out, VerifyOptions{empty.path(), {}}).error().code, ErrorCode::NotFound);
}

TEST_F(SigningTest, ClaimedTimeIsWrittenToMAndChecksTheCertificate)
{
    const QString out = path(QStringLiteral("claimed.pdf"));
    SigningOptions options = authorOptions();
    options.claimedTime =
        QDateTime(QDate::currentDate(), QTime(9, 30, 15), Qt::OffsetFromUTC, 3600).addDays(1);
    auto summary = PdfSigner::sign(s_pdf, out, options);
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().message());
    EXPECT_EQ(summary->claimedTime, options.claimedTime.toUTC());
    EXPECT_TRUE(readFile(out).contains(
        "/M (D:" + options.claimedTime.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+01'00')"));
    auto verified = PdfVerifier::verify(out);
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->signatures[0].claimedTime, options.claimedTime);

    // The certificate (valid for two years) cannot sign at a claimed time after it ends.
    options.claimedTime = QDateTime::currentDateTimeUtc().addYears(5);
    EXPECT_EQ(PdfSigner::sign(s_pdf, path(QStringLiteral("late.pdf")), options).status(),
              SigningStatus::CertificateExpired);
    options.claimedTime = QDateTime::currentDateTimeUtc().addYears(-5);
    EXPECT_EQ(PdfSigner::sign(s_pdf, path(QStringLiteral("early.pdf")), options).status(),
              SigningStatus::CertificateNotYetValid);
}

TEST_F(SigningTest, AnExpiredCertificateCannotSignByClaimingAnEarlierTime)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TrainingCertificateOptions expired = expiredLastYear(QStringLiteral("Expired Signer"), now);
    auto created = createTrainingCertificate(path(QStringLiteral("expired-ca")), expired);
    ASSERT_TRUE(created.ok());
    auto identity = importPkcs12(created->pkcs12Path, expired.passphrase, now.addYears(-2));
    ASSERT_TRUE(identity.ok()) << "it was valid two years ago";
    SigningOptions options;
    options.claimedTime = now.addYears(-2);
    auto refused = PdfSigner::sign(s_pdf, path(QStringLiteral("backdated.pdf")), *identity, options);
    EXPECT_EQ(refused.status(), SigningStatus::CertificateExpired);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("backdated.pdf"))));
}

TEST_F(SigningTest, ASignatureWhoseCertificateHasExpiredSinceIsValidWithANote)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TrainingCertificateOptions shortLived;
    shortLived.name = QStringLiteral("Short Lived");
    shortLived.passphrase = Secret::fromString(QStringLiteral("pw"));
    shortLived.notBefore = now.addDays(-1);
    shortLived.notAfter = now.addSecs(5);
    auto created = createTrainingCertificate(path(QStringLiteral("short-lived")), shortLived);
    ASSERT_TRUE(created.ok());
    SigningOptions options;
    options.pkcs12Path = created->pkcs12Path;
    options.passphrase = shortLived.passphrase;
    const QString out = path(QStringLiteral("short-lived.pdf"));
    ASSERT_TRUE(PdfSigner::sign(s_pdf, out, options).ok());
    // Wait until the certificate has expired (whole seconds in X.509).
    while (QDateTime::currentDateTimeUtc() <= now.addSecs(6)) {
        QThread::msleep(200);
    }
    auto verified = PdfVerifier::verify(out);
    ASSERT_TRUE(verified.ok());
    ASSERT_EQ(verified->signatures.size(), 1);
    const SignatureCheck &check = verified->signatures[0];
    EXPECT_TRUE(check.certificateValidAtClaimedTime);
    EXPECT_TRUE(check.isValid()) << qPrintable(check.problems.join(QLatin1Char(' ')));
    ASSERT_EQ(check.notes.size(), 1);
    EXPECT_TRUE(check.notes.first().contains(QStringLiteral("expired since"))) << qPrintable(check.notes.first());
}

TEST_F(SigningTest, ASha1SignatureIsNotValid)
{
    if (!hasProgram(QStringLiteral("openssl"))) {
        GTEST_SKIP() << "the openssl command is not installed";
    }
    const QString good = path(QStringLiteral("sha1-source.pdf"));
    signAsAuthor(s_pdf, good, false);
    QByteArray bytes = readFile(good);
    const auto signatures = extractSignatures(bytes);
    ASSERT_EQ(signatures.size(), 1);
    // The same bytes signed again by the same key, with SHA-1, put in place of the signature.
    const QString keyAndCertificate = path(QStringLiteral("author.pem"));
    const auto exported = runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("pkcs12"), QStringLiteral("-in"), s_authorP12, QStringLiteral("-passin"),
         QStringLiteral("env:MLA_P12"), QStringLiteral("-nodes"), QStringLiteral("-out"), keyAndCertificate},
        {}, {QStringLiteral("MLA_P12=") + QString::fromUtf8(kAuthorPassphrase)});
    ASSERT_EQ(exported.exitCode, 0) << exported.standardError.toStdString();
    const QString content = path(QStringLiteral("sha1-content.bin"));
    const QString der = path(QStringLiteral("sha1.der"));
    ASSERT_TRUE(writeFile(content, signatures[0].signedBytes));
    const auto signedAgain = runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-in"), content,
         QStringLiteral("-signer"), keyAndCertificate, QStringLiteral("-md"), QStringLiteral("sha1"),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), der});
    ASSERT_EQ(signedAgain.exitCode, 0) << signedAgain.standardError.toStdString();
    const QByteArray hex = readFile(der).toHex();
    const qsizetype open = bytes.indexOf("/Contents <") + 10;
    const qsizetype close = bytes.indexOf('>', open);
    ASSERT_GT(open, 10);
    ASSERT_LE(hex.size(), close - open - 1);
    bytes.replace(open + 1, close - open - 1, hex.leftJustified(close - open - 1, '0'));
    const QString weak = path(QStringLiteral("sha1.pdf"));
    ASSERT_TRUE(writeFile(weak, bytes));

    auto verified = PdfVerifier::verify(weak, VerifyOptions{s_trustDir, {}});
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    ASSERT_EQ(verified->signatures.size(), 1);
    const SignatureCheck &check = verified->signatures[0];
    EXPECT_TRUE(check.digestMatches) << "the SHA-1 signature itself is intact";
    EXPECT_TRUE(check.signatureValid);
    EXPECT_EQ(check.digestAlgorithm, QStringLiteral("SHA1"));
    EXPECT_FALSE(check.digestAlgorithmStrong);
    EXPECT_FALSE(check.isValid());
    EXPECT_TRUE(check.problems.join(QLatin1Char(' ')).contains(QStringLiteral("no longer safe")));
}

TEST_F(SigningTest, TypedErrorsForBadInput)
{
    // Wrong passphrase.
    SigningOptions options = authorOptions();
    options.passphrase = Secret::fromString(QStringLiteral("not the passphrase"));
    auto wrong = PdfSigner::sign(s_pdf, path(QStringLiteral("wrong.pdf")), options);
    EXPECT_EQ(wrong.status(), SigningStatus::BadPassphrase);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("wrong.pdf"))));

    // A file that is not a PDF.
    const QString text = path(QStringLiteral("notes.pdf"));
    ASSERT_TRUE(writeFile(text, "These are notes, not a PDF.\n"));
    auto notPdf = PdfSigner::sign(text, path(QStringLiteral("notes-signed.pdf")), authorOptions());
    EXPECT_EQ(notPdf.status(), SigningStatus::NotAPdf);
    EXPECT_TRUE(notPdf.error().message().contains(QStringLiteral("not a PDF")));
    // A truncated PDF: the header is there, the structure is not.
    const QString truncated = path(QStringLiteral("truncated.pdf"));
    ASSERT_TRUE(writeFile(truncated, readFile(s_pdf).left(2000)));
    EXPECT_EQ(
        PdfSigner::sign(truncated, path(QStringLiteral("truncated-signed.pdf")), authorOptions()).status(),
        SigningStatus::NotAPdf);

    // Output onto the input, directly or through another spelling of the path.
    const QString hash = sha256Of(s_pdf);
    EXPECT_EQ(PdfSigner::sign(s_pdf, s_pdf, authorOptions()).status(), SigningStatus::SameFile);
    const QString other =
        QFileInfo(s_pdf).absolutePath() + QStringLiteral("/./") + QFileInfo(s_pdf).fileName();
    EXPECT_EQ(PdfSigner::sign(s_pdf, other, authorOptions()).status(), SigningStatus::SameFile);
    EXPECT_EQ(sha256Of(s_pdf), hash);

    // A missing input; a folder that does not exist for the output.
    EXPECT_EQ(
        PdfSigner::sign(path(QStringLiteral("missing.pdf")), path(QStringLiteral("x.pdf")), authorOptions())
            .status(),
        SigningStatus::IoError);
    EXPECT_EQ(PdfSigner::sign(s_pdf, path(QStringLiteral("no/such/folder/x.pdf")), authorOptions()).status(),
              SigningStatus::IoError);

    // The Result<T> wrapper keeps the message.
    auto asResult = signPdf(text, path(QStringLiteral("notes-signed.pdf")), authorOptions());
    ASSERT_FALSE(asResult.ok());
    EXPECT_EQ(asResult.error().message, notPdf.error().message());
}

TEST_F(SigningTest, DirectAndIndirectAnnotsAndAcroFormAreRewritten)
{
    for (const bool indirect : {false, true}) {
        SCOPED_TRACE(indirect ? "indirect /AcroForm and /Fields" : "direct /Annots and /AcroForm");
        const QString in =
            path(indirect ? QStringLiteral("hand-indirect.pdf") : QStringLiteral("hand-direct.pdf"));
        const QString once = in + QStringLiteral(".1.pdf");
        const QString twice = in + QStringLiteral(".2.pdf");
        ASSERT_TRUE(writeFile(in, handWrittenPdf(indirect)));
        signAsAuthor(in, once, true);
        SigningOptions options = reviewerOptions();
        options.visible = true;
        auto second = PdfSigner::sign(once, twice, options);
        ASSERT_TRUE(second.ok()) << qPrintable(second.error().message());
        auto verified = PdfVerifier::verify(twice, VerifyOptions{s_trustDir, {}});
        ASSERT_TRUE(verified.ok());
        ASSERT_EQ(verified->signatures.size(), 2);
        EXPECT_TRUE(verified->ok());
        if (hasProgram(QStringLiteral("qpdf"))) {
            QString output;
            EXPECT_TRUE(qpdfCheck(twice, &output)) << qPrintable(output);
            const auto json =
                runProgram(QStringLiteral("qpdf"),
                           {QStringLiteral("--json"), QStringLiteral("--json-key=acroform"), twice});
            EXPECT_TRUE(json.standardOutput.contains("\"Signature2\""))
                << json.standardOutput.left(2000).constData();
        }
        if (havePdfsig()) {
            const QStringList blocks = pdfsigBlocks(pdfsig(twice));
            ASSERT_EQ(blocks.size(), 2);
            EXPECT_TRUE(blocks[0].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[0]);
            EXPECT_TRUE(blocks[1].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[1]);
            EXPECT_TRUE(blocks[1].contains(QStringLiteral("Total document signed")));
        }
    }
}

TEST_F(SigningTest, XrefStreamSourceGetsAnXrefStreamUpdate)
{
    if (!hasProgram(QStringLiteral("qpdf"))) {
        GTEST_SKIP() << "qpdf is not installed";
    }
    const QString streams = path(QStringLiteral("xref-stream.pdf"));
    const auto made =
        runProgram(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"), s_pdf, streams});
    ASSERT_EQ(made.exitCode, 0) << made.standardError.constData();
    const QString once = path(QStringLiteral("xref-stream-1.pdf"));
    const QString twice = path(QStringLiteral("xref-stream-2.pdf"));
    signAsAuthor(streams, once, true);
    auto second = PdfSigner::sign(once, twice, reviewerOptions());
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message());
    const QByteArray signedPdf = readFile(twice);
    EXPECT_TRUE(signedPdf.right(2000).contains("/Type /XRef"));
    QString output;
    EXPECT_TRUE(qpdfCheck(twice, &output)) << qPrintable(output);
    auto verified = PdfVerifier::verify(twice, VerifyOptions{s_trustDir, {}});
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->signatures.size(), 2);
    EXPECT_TRUE(verified->ok());
    if (havePdfsig()) {
        const QStringList blocks = pdfsigBlocks(pdfsig(twice));
        ASSERT_EQ(blocks.size(), 2);
        EXPECT_TRUE(blocks[0].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[0]);
        EXPECT_TRUE(blocks[1].contains(QStringLiteral("Signature is Valid."))) << qPrintable(blocks[1]);
    }
}

TEST_F(SigningTest, VerifyReportsAnUnsignedPdfAndRejectsANonPdf)
{
    auto unsignedReport = PdfVerifier::verify(s_pdf);
    ASSERT_TRUE(unsignedReport.ok());
    EXPECT_TRUE(unsignedReport->signatures.isEmpty());
    EXPECT_FALSE(unsignedReport->ok());
    const QString text = path(QStringLiteral("plain.txt"));
    ASSERT_TRUE(writeFile(text, "plain text"));
    EXPECT_EQ(PdfVerifier::verify(text).error().code, ErrorCode::Corrupted);
    EXPECT_EQ(PdfVerifier::verify(path(QStringLiteral("absent.pdf"))).error().code, ErrorCode::NotFound);
}

// ---- the command-line tool ---------------------------------------------------------------------

TEST_F(SigningTest, CliSignAndVerifyExitCodes)
{
    const QStringList env = {QStringLiteral("MLA_AUTHOR_PASS=") + QString::fromUtf8(kAuthorPassphrase),
                             QStringLiteral("MLA_WRONG_PASS=wrong")};
    const QString out = path(QStringLiteral("cli-signed.pdf"));
    auto signedRun =
        runProgram(cliPath(),
                   {QStringLiteral("sign"), s_pdf, QStringLiteral("--p12"), s_authorP12,
                    QStringLiteral("--passphrase-env"), QStringLiteral("MLA_AUTHOR_PASS"),
                    QStringLiteral("--out"), out, QStringLiteral("--reason"), QStringLiteral("Author"),
                    QStringLiteral("--visible"), QStringLiteral("--subfilter"), QStringLiteral("pkcs7")},
                   {}, env);
    ASSERT_EQ(signedRun.exitCode, 0) << signedRun.standardError.constData();
    EXPECT_TRUE(signedRun.standardOutput.startsWith(out.toUtf8()));
    EXPECT_TRUE(signedRun.standardOutput.contains("adbe.pkcs7.detached"));
    EXPECT_TRUE(signedRun.standardOutput.contains(sha256Of(out).toLatin1()));

    auto verifyRun =
        runProgram(cliPath(), {QStringLiteral("verify"), out, QStringLiteral("--trust"), s_trustDir});
    EXPECT_EQ(verifyRun.exitCode, 0) << verifyRun.standardOutput.constData();
    EXPECT_TRUE(verifyRun.standardOutput.contains("Trust: trusted"));
    EXPECT_TRUE(verifyRun.standardOutput.contains("Overall: OK"));

    auto jsonRun = runProgram(cliPath(), {QStringLiteral("verify"), out, QStringLiteral("--json")});
    EXPECT_EQ(jsonRun.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(jsonRun.standardOutput).object();
    EXPECT_TRUE(json.value(QStringLiteral("ok")).toBool());
    const QJsonArray signatures = json.value(QStringLiteral("signatures")).toArray();
    ASSERT_EQ(signatures.size(), 1);
    EXPECT_EQ(signatures[0].toObject().value(QStringLiteral("subFilter")).toString(),
              QStringLiteral("adbe.pkcs7.detached"));
    EXPECT_EQ(signatures[0].toObject().value(QStringLiteral("trust")).toString(),
              QStringLiteral("not-checked"));

    // Tampered and extended files: exit 1.
    const QString appended = path(QStringLiteral("cli-appended.pdf"));
    ASSERT_TRUE(writeFile(appended, readFile(out) + "junk"));
    auto appendedRun = runProgram(cliPath(), {QStringLiteral("verify"), appended});
    EXPECT_EQ(appendedRun.exitCode, 1);
    EXPECT_TRUE(appendedRun.standardOutput.contains("not the whole document"))
        << appendedRun.standardOutput.constData();
    // Untrusted: exit 1.
    QTemporaryDir onlyReviewer;
    QFile::copy(s_reviewerCa, onlyReviewer.filePath(QStringLiteral("r.pem")));
    EXPECT_EQ(
        runProgram(cliPath(), {QStringLiteral("verify"), out, QStringLiteral("--trust"), onlyReviewer.path()})
            .exitCode,
        1);
    // Unsigned: exit 1.
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("verify"), s_pdf}).exitCode, 1);

    // Usage and input errors: exit 2.
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("verify")}).exitCode, 2);
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("verify"), path(QStringLiteral("absent.pdf"))}).exitCode,
              2);
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("sign"), s_pdf, QStringLiteral("--out"),
                                     path(QStringLiteral("y.pdf"))})
                  .exitCode,
              2);
    auto wrong = runProgram(cliPath(),
                            {QStringLiteral("sign"), s_pdf, QStringLiteral("--p12"), s_authorP12,
                             QStringLiteral("--passphrase-env"), QStringLiteral("MLA_WRONG_PASS"),
                             QStringLiteral("--out"), path(QStringLiteral("y.pdf"))},
                            {}, env);
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.standardError.contains("passphrase")) << wrong.standardError.constData();
    auto unset =
        runProgram(cliPath(), {QStringLiteral("sign"), s_pdf, QStringLiteral("--p12"), s_authorP12,
                               QStringLiteral("--passphrase-env"), QStringLiteral("MLA_NOT_SET_ANYWHERE"),
                               QStringLiteral("--out"), path(QStringLiteral("y.pdf"))});
    EXPECT_EQ(unset.exitCode, 2);
    EXPECT_TRUE(unset.standardError.contains("MLA_NOT_SET_ANYWHERE"));
    auto same = runProgram(cliPath(),
                           {QStringLiteral("sign"), s_pdf, QStringLiteral("--p12"), s_authorP12,
                            QStringLiteral("--passphrase-env"), QStringLiteral("MLA_AUTHOR_PASS"),
                            QStringLiteral("--out"), s_pdf},
                           {}, env);
    EXPECT_EQ(same.exitCode, 2);
    EXPECT_TRUE(same.standardError.contains("original cannot be overwritten"))
        << same.standardError.constData();
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("sign"), s_pdf, QStringLiteral("--p12"), s_authorP12,
                                     QStringLiteral("--out"), path(QStringLiteral("y.pdf")),
                                     QStringLiteral("--subfilter"), QStringLiteral("cades")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("y.pdf"))));
}

TEST(SigningCli, TrainingCertCommandPrintsTheGeneratedPassphraseOnce)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("workshop"));
    auto run = runProgram(cliPath(), {QStringLiteral("training-cert"), QStringLiteral("--out"), out,
                                      QStringLiteral("--name"), QStringLiteral("Anna Advocate")});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.constData();
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/ca.pem")));
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/anna-advocate.p12")));
    const QString text = QString::fromUtf8(run.standardOutput);
    const auto m =
        QRegularExpression(QStringLiteral("Passphrase \\(shown only this once\\): (\\S+)")).match(text);
    ASSERT_TRUE(m.hasMatch()) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("CN=Anna Advocate (TRAINING)")));
    EXPECT_TRUE(
        importPkcs12(out + QStringLiteral("/anna-advocate.p12"), Secret::fromString(m.captured(1))).ok());

    // A chosen passphrase is not printed; an existing CA is not replaced.
    auto chosen = runProgram(cliPath(),
                             {QStringLiteral("training-cert"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("second")), QStringLiteral("--passphrase-env"),
                              QStringLiteral("MLA_TC_PASS"), QStringLiteral("--key"), QStringLiteral("rsa")},
                             {}, {QStringLiteral("MLA_TC_PASS=chosen one")});
    ASSERT_EQ(chosen.exitCode, 0) << chosen.standardError.constData();
    EXPECT_FALSE(chosen.standardOutput.contains("Passphrase"));
    EXPECT_TRUE(chosen.standardOutput.contains("RSA 3072"));
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("training-cert"), QStringLiteral("--out"), out}).exitCode,
              2);
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("training-cert")}).exitCode, 2);
    EXPECT_EQ(runProgram(cliPath(), {QStringLiteral("training-cert"), QStringLiteral("--out"), out,
                                     QStringLiteral("--key"), QStringLiteral("dsa")})
                  .exitCode,
              2);
}

} // namespace
