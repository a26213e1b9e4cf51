#include "demo/democase.h"
#include "export/docxwriter.h"
#include "export/docxxml.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "export/phrasebook.h"
#include "export/requestexporter.h"
#include "export/zipwriter.h"
#include "model/requestform.h"
#include "testfiles.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

QT_BEGIN_NAMESPACE
// GoogleTest prints a QString as its UTF-16 code units without this.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace mla::core;
using mla::test::hasProgram;
using mla::test::runProgram;

namespace {

// Debian's python3-docx is installed for the system interpreter only; a python3 earlier on PATH
// (pyenv) does not have it.
const QString kPython = QStringLiteral("/usr/bin/python3");


#define REQUIRE_PYTHON_DOCX()                                                                                \
    do {                                                                                                     \
        if (!hasPythonDocx()) {                                                                              \
            GTEST_SKIP() << "/usr/bin/python3 with the docx module is missing (package python3-docx)";       \
        }                                                                                                    \
    } while (false)

bool hasPythonDocx()
{
    static const bool available = [] {
        if (!QFile::exists(kPython)) {
            return false;
        }
        const auto out = runProgram(kPython, {QStringLiteral("-c"), QStringLiteral("import docx")});
        return out.exitCode == 0;
    }();
    return available;
}

/// Copies @p path into the folder MLA_TEST_KEEP_OUTPUT names, if set, to look at the documents.
void keep(const QString &path)
{
    const QString folder = qEnvironmentVariable("MLA_TEST_KEEP_OUTPUT");
    if (!folder.isEmpty()) {
        const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
}

QString writeDocxOrFail(const ComposedDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Result<void> written = writeDocx(doc, path);
    EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
    keep(path);
    return path;
}

QString writePdfOrFail(const ComposedDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Result<void> written = writePdf(doc, path);
    EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
    keep(path);
    return path;
}

/// One part of a DOCX, as unzip extracts it.
QString part(const QString &docx, const QString &name)
{
    const auto out = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, name});
    EXPECT_EQ(out.exitCode, 0) << name.toStdString() << ": " << out.standardError.toStdString();
    return QString::fromUtf8(out.standardOutput);
}

// --- Text comparison ------------------------------------------------------------------------------

/// Text reduced to what both documents must agree on: Unicode NFKC (which also spells out the
/// ligatures a PDF extracts, "ﬁ" -> "fi"), every run of whitespace (spaces, tabs, line and page
/// breaks) one space. Nothing else is dropped, so the same words must come in the same order.
QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The characters of @p text other than whitespace and bidi marks, sorted. pdftotext gives the
/// words of right-to-left lines in visual order, so for them only the characters can be compared.
QString sortedCharacters(const QString &text)
{
    QList<char32_t> characters;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isSpace(c) && !(c >= 0x202A && c <= 0x202E) && c != 0x200E && c != 0x200F) {
            characters << c;
        }
    }
    std::sort(characters.begin(), characters.end());
    return QString::fromUcs4(characters.constData(), characters.size());
}

/// The body text of a PDF: pdftotext in content-stream order (-raw, which reads a table row by
/// row like the DOCX does), with the running header and footer lines taken off the ends of each
/// page. Those live in their own parts of a DOCX, and the two writers place them differently in
/// the page's stream (the app paints them last, LibreOffice the header first).
QString pdfBodyText(const QString &pdf, const ComposedDocument &doc)
{
    const auto out = runProgram(QStringLiteral("pdftotext"),
                                {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                 QStringLiteral("-")});
    EXPECT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    QString header = printableText(doc.reference).simplified();
    if (!header.isEmpty() && doc.referencePattern.contains(QLatin1String("%1"))) {
        header = doc.referencePattern.arg(header);
    }
    const QString marking = printableText(doc.confidentialityMarking).simplified();
    if (!marking.isEmpty()) {
        header = header.isEmpty() ? marking : header + QLatin1Char(' ') + marking;
    }
    header = normalised(header);
    const QString pageNumbers =
        doc.pageNumberPattern.contains(QLatin1String("%2")) ? doc.pageNumberPattern : QStringLiteral("%1 / %2");
    QString footerPattern = QRegularExpression::escape(normalised(pageNumbers));
    footerPattern.replace(QStringLiteral("\\%1"), QStringLiteral("\\d+"));
    footerPattern.replace(QStringLiteral("\\%2"), QStringLiteral("\\d+"));
    const QRegularExpression footer(QLatin1Char('^') + footerPattern + QLatin1Char('$'));

    QStringList body;
    for (const QString &page : QString::fromUtf8(out.standardOutput).split(QLatin1Char('\f'))) {
        QStringList lines;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            QString text = normalised(line);
            // A list's bullet is decoration, not text: LibreOffice prints it as a character, the
            // app's PDF draws it and a DOCX has it in the list's definition.
            if (text == QStringLiteral("\u2022")) {
                continue;
            }
            if (text.startsWith(QStringLiteral("\u2022 "))) {
                text.remove(0, 2);
            }
            if (!text.isEmpty()) {
                lines << text;
            }
        }
        const auto running = [&](const QString &line) {
            return (!header.isEmpty() && line == header) || footer.match(line).hasMatch();
        };
        // A running line may come out as a few lines (a right-to-left footer "1 / 3" gives three).
        for (const bool front : {true, false}) {
            for (bool removed = true; removed;) {
                removed = false;
                for (qsizetype count = 1; count <= std::min<qsizetype>(lines.size(), 5) && !removed; ++count) {
                    const QStringList candidate = front ? lines.first(count) : lines.last(count);
                    if (running(candidate.join(QLatin1Char(' ')))) {
                        front ? lines.remove(0, count) : lines.remove(lines.size() - count, count);
                        removed = true;
                    }
                }
            }
        }
        body << lines;
    }
    return normalised(body.join(QLatin1Char(' ')));
}

/// Where two long texts part, with some words of each around it, for a failure message that can
/// be read.
std::string firstDifference(const QString &actual, const QString &expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at)) {
        ++at;
    }
    if (at == actual.size() && at == expected.size()) {
        return "equal";
    }
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    return QStringLiteral("differ at %1 of %2/%3:\n  actual:   ...%4\n  expected: ...%5")
        .arg(at)
        .arg(actual.size())
        .arg(expected.size())
        .arg(actual.mid(from, 200), expected.mid(from, 200))
        .toStdString();
}


/// What python-docx reads from a DOCX.
struct DocxReading
{
    bool ok = false;
    QString failure;
    int paragraphs = 0;          ///< body paragraphs outside tables
    int tables = 0;
    QStringList paragraphTexts;  ///< the text of each body paragraph outside tables
    QStringList text;            ///< every paragraph in document order, table cells row by row
    QStringList header;
    QStringList footer;
    QStringList styles;
    QString title;
    QString author;
    QString lastModifiedBy;
    bool hasCreated = true;
    bool hasModified = true;
};

const char *const kReadDocxScript = R"PY(
import json, sys
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

document = docx.Document(sys.argv[1])
texts = []
for child in document.element.body.iterchildren():
    tag = child.tag.rsplit('}', 1)[-1]
    if tag == 'p':
        texts.append(Paragraph(child, document).text)
    elif tag == 'tbl':
        for row in Table(child, document).rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
props = document.core_properties
section = document.sections[0]
json.dump({
    'paragraphs': len(document.paragraphs),
    'paragraphTexts': [p.text for p in document.paragraphs],
    'tables': len(document.tables),
    'text': texts,
    'header': [p.text for p in section.header.paragraphs],
    'footer': [p.text for p in section.footer.paragraphs],
    'styles': [s.name for s in document.styles],
    'title': props.title,
    'author': props.author,
    'lastModifiedBy': props.last_modified_by,
    'created': props.created is not None,
    'modified': props.modified is not None,
    'pageWidth': section.page_width,
    'pageHeight': section.page_height,
}, sys.stdout)
)PY";

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &entry : value.toArray()) {
        out << entry.toString();
    }
    return out;
}

DocxReading readDocx(const QString &path)
{
    DocxReading reading;
    const auto out = runProgram(kPython, {QStringLiteral("-c"), QString::fromUtf8(kReadDocxScript), path}, {},
                                {QStringLiteral("PYTHONIOENCODING=utf-8")});
    if (out.exitCode != 0) {
        reading.failure = QString::fromUtf8(out.standardError);
        return reading;
    }
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.standardOutput, &error).object();
    if (error.error != QJsonParseError::NoError) {
        reading.failure = error.errorString();
        return reading;
    }
    reading.ok = true;
    reading.paragraphs = json.value(QStringLiteral("paragraphs")).toInt();
    reading.tables = json.value(QStringLiteral("tables")).toInt();
    reading.paragraphTexts = strings(json.value(QStringLiteral("paragraphTexts")));
    reading.text = strings(json.value(QStringLiteral("text")));
    reading.header = strings(json.value(QStringLiteral("header")));
    reading.footer = strings(json.value(QStringLiteral("footer")));
    reading.styles = strings(json.value(QStringLiteral("styles")));
    reading.title = json.value(QStringLiteral("title")).toString();
    reading.author = json.value(QStringLiteral("author")).toString();
    reading.lastModifiedBy = json.value(QStringLiteral("lastModifiedBy")).toString();
    reading.hasCreated = json.value(QStringLiteral("created")).toBool();
    reading.hasModified = json.value(QStringLiteral("modified")).toBool();
    // A4 in EMU: python-docx reports the page size sectPr gives.
    EXPECT_EQ(json.value(QStringLiteral("pageWidth")).toInteger(), 7560310);
    EXPECT_EQ(json.value(QStringLiteral("pageHeight")).toInteger(), 10692130);
    return reading;
}

/// The body paragraphs (outside tables) with text that the model says the DOCX must have, in order.
QStringList expectedParagraphs(const ComposedDocument &doc)
{
    QStringList out;
    const auto add = [&out](const QString &text) {
        if (!printableText(text).trimmed().isEmpty()) {
            out << printableText(text);
        }
    };
    add(doc.title);
    QStringList markings;
    for (const QString &marking : {doc.confidentialityMarking, doc.priorityMarking}) {
        if (!printableText(marking).trimmed().isEmpty()) {
            markings << marking;
        }
    }
    add(markings.join(QStringLiteral(" \u2014 ")));
    if (!printableText(doc.reference).trimmed().isEmpty()) {
        add(doc.referencePattern.contains(QLatin1String("%1")) ? doc.referencePattern.arg(doc.reference)
                                                               : doc.reference);
    }
    for (const DocumentSection &section : doc.sections) {
        add(section.heading);
        for (const DocumentBlock &block : section.blocks) {
            switch (block.kind) {
            case DocumentBlock::Kind::Paragraph:
                add(block.number > 0 ? QString::number(block.number) + QStringLiteral(".\t") + block.text
                                     : block.text);
                break;
            case DocumentBlock::Kind::KeyValueTable:
            case DocumentBlock::Kind::Table:
                add(block.caption);
                break;
            case DocumentBlock::Kind::BulletList:
                for (const QString &item : block.items) {
                    add(item);
                }
                break;
            }
        }
    }
    const SignatureBlock &sig = doc.signature;
    QStringList placeAndDate;
    for (const QString &value : {sig.place, sig.date}) {
        if (!printableText(value).trimmed().isEmpty()) {
            placeAndDate << value;
        }
    }
    add(placeAndDate.join(QStringLiteral(", ")));
    add(sig.name);
    add(sig.capacity);
    return out;
}

int expectedTables(const ComposedDocument &doc)
{
    int tables = 0;
    for (const DocumentSection &section : doc.sections) {
        for (const DocumentBlock &block : section.blocks) {
            if ((block.kind == DocumentBlock::Kind::KeyValueTable && !block.rows.isEmpty()) ||
                (block.kind == DocumentBlock::Kind::Table && (!block.header.isEmpty() || !block.cells.isEmpty()))) {
                ++tables;
            }
        }
    }
    return tables;
}

QStringList nonEmpty(const QStringList &texts)
{
    QStringList out;
    for (const QString &text : texts) {
        if (!text.isEmpty()) {
            out << text;
        }
    }
    return out;
}

/// Converts @p docxFiles to PDF with one LibreOffice run (its start-up is most of the cost) in a
/// profile and HOME of its own: conversions that share a profile lose output. Returns the PDFs'
/// paths, or an empty list after reporting the failure.
QStringList convertWithLibreOffice(const QStringList &docxFiles, const QTemporaryDir &dir)
{
    const QString outDir = dir.filePath(QStringLiteral("soffice-out"));
    const QString home = dir.filePath(QStringLiteral("soffice-home"));
    QDir().mkpath(outDir);
    QDir().mkpath(home);
    QProcess process;
    QStringList env = QProcess::systemEnvironment();
    env << QStringLiteral("HOME=") + home;
    process.setEnvironment(env);
    process.start(QStringLiteral("soffice"),
                  QStringList{QStringLiteral("--headless"),
                              QStringLiteral("-env:UserInstallation=") +
                                  QUrl::fromLocalFile(dir.filePath(QStringLiteral("soffice-profile"))).toString(),
                              QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                              outDir} +
                      docxFiles);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "soffice did not start";
        return {};
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "soffice took more than 120 s";
        return {};
    }
    QStringList pdfs;
    for (const QString &docx : docxFiles) {
        const QString pdf = QDir(outDir).filePath(QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf"));
        if (process.exitCode() != 0 || !QFile::exists(pdf)) {
            ADD_FAILURE() << "soffice produced no " << pdf.toStdString() << ": "
                          << process.readAllStandardOutput().toStdString()
                          << process.readAllStandardError().toStdString();
            return {};
        }
        keep(pdf);
        pdfs << pdf;
    }
    return pdfs;
}

/// A letter with every kind of block, in a few lines.
ComposedDocument everyKindOfBlock()
{
    ComposedDocument doc;
    doc.title = QStringLiteral("Title <of> the letter");
    doc.reference = QStringLiteral("R-1");
    doc.confidentialityMarking = QStringLiteral("CONFIDENTIAL");
    doc.referencePattern = QStringLiteral("Our reference: %1");
    doc.pageNumberPattern = QStringLiteral("Page %1 of %2");
    DocumentSection section{QStringLiteral("Heading & more"), {}};
    section.blocks << DocumentBlock::paragraph(QStringLiteral("Unnumbered\nsecond line"))
                   << DocumentBlock::paragraph(QStringLiteral("Numbered paragraph"), 7)
                   << DocumentBlock::keyValueTable(
                          {{QStringLiteral("Label <td>"), QStringLiteral("Value </table>")},
                           {QStringLiteral("Address"), QStringLiteral("Line 1\nLine 2")}},
                          QStringLiteral("Caption"))
                   << DocumentBlock::table({QStringLiteral("Col A"), QStringLiteral("Col B")},
                                           {{QStringLiteral("a1 &lt;"), QStringLiteral("b1")}, {QStringLiteral("a2")}})
                   << DocumentBlock::bulletList({QStringLiteral("first <li>"), QStringLiteral("second")});
    doc.sections << section;
    doc.signature = {QStringLiteral("Signer"), QStringLiteral("Capacity"), QStringLiteral("Place"),
                     QStringLiteral("1 May 2024")};
    return doc;
}

/// An Arabic letter with every kind of block, a Chinese name and Latin digits. No brackets: a
/// right-to-left line shows them mirrored, and pdftotext then reads the mirrored character.
ComposedDocument arabicLetter()
{
    ComposedDocument doc;
    doc.language = QStringLiteral("ar");
    doc.rightToLeft = true;
    doc.title = QStringLiteral("طلب المساعدة القانونية المتبادلة في المسائل الجنائية");
    DocumentSection section{QStringLiteral("الوقائع"), {}};
    section.blocks << DocumentBlock::paragraph(QStringLiteral("تتعلق هذه القضية بغسل الأموال.\nسطر ثان"), 1)
                   << DocumentBlock::keyValueTable({{QStringLiteral("الاسم"), QStringLiteral("王小明")},
                                                    {QStringLiteral("المرجع"), QStringLiteral("MLA-2024-42")}},
                                                   QStringLiteral("الشخص 1"))
                   << DocumentBlock::table({QStringLiteral("التدبير"), QStringLiteral("الفترة")},
                                           {{QStringLiteral("سجلات مصرفية"), QStringLiteral("2023-2024")}})
                   << DocumentBlock::bulletList({QStringLiteral("المرفق 1"), QStringLiteral("المرفق 2")});
    doc.sections << section;
    doc.signature = {QStringLiteral("أحمد علي"), QStringLiteral("المدعي العام"), QStringLiteral("عمان"),
                     QStringLiteral("5 مارس 2024")};
    return doc;
}

} // namespace

// --- Package --------------------------------------------------------------------------------------

TEST(DocxExport, DemoRequestIsAValidPackageWithTheTitleAsItsOnlyProperty)
{
    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ComposedDocument doc = mla::test::demoLetter();
    const QString path = writeDocxOrFail(doc, dir, QStringLiteral("demo.docx"));

    const auto test = runProgram(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    EXPECT_EQ(test.exitCode, 0) << test.standardOutput.toStdString() << test.standardError.toStdString();
    const auto list = runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(list.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
              QStringList({QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                           QStringLiteral("word/document.xml"), QStringLiteral("word/_rels/document.xml.rels"),
                           QStringLiteral("word/styles.xml"), QStringLiteral("word/settings.xml"),
                           QStringLiteral("word/numbering.xml"), QStringLiteral("word/header1.xml"),
                           QStringLiteral("word/footer1.xml"), QStringLiteral("docProps/core.xml"),
                           QStringLiteral("docProps/app.xml")}));

    const QString core = part(path, QStringLiteral("docProps/core.xml"));
    EXPECT_TRUE(core.contains(QStringLiteral("<dc:title>") + doc.title.toHtmlEscaped() + QStringLiteral("</dc:title>")))
        << core.toStdString();
    for (const char *forbidden : {"creator", "lastModifiedBy", "created", "modified", "revision", "keywords"}) {
        EXPECT_FALSE(core.contains(QLatin1String(forbidden))) << forbidden << " in " << core.toStdString();
    }
    const QString app = part(path, QStringLiteral("docProps/app.xml"));
    EXPECT_TRUE(app.contains(QStringLiteral("<Application>MLA Request Writer</Application>")));
    EXPECT_FALSE(app.contains(QStringLiteral("Company")));
    // Nothing of the machine or the user anywhere in the package.
    const QString user = qEnvironmentVariable("USER");
    const auto unzipped = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path});
    if (user.size() > 2) {
        EXPECT_FALSE(QString::fromUtf8(unzipped.standardOutput).contains(user));
    }
}

TEST(DocxExport, ALongReferenceIsCutInTheRunningHeaderOfBothDocuments)
{
    REQUIRE_TOOL("pdftotext");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ComposedDocument doc = mla::test::demoLetter();
    doc.reference = QString(3000, QLatin1Char('R'));
    const QString shown = runningReference(doc.reference);
    EXPECT_EQ(shown, QString(47, QLatin1Char('R')) + QChar(0x2026));
    EXPECT_EQ(runningReference(QStringLiteral(" DEMO-2026/0142\n")), QStringLiteral("DEMO-2026/0142"));

    const QString docx = writeDocxOrFail(doc, dir, QStringLiteral("long-reference.docx"));
    const QString header = part(docx, QStringLiteral("word/header1.xml"));
    EXPECT_TRUE(header.contains(shown)) << header.left(500).toStdString();
    EXPECT_FALSE(header.contains(QString(48, QLatin1Char('R'))));

    const QString pdf = writePdfOrFail(doc, dir, QStringLiteral("long-reference.pdf"));
    const auto text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                               QStringLiteral("2"), pdf, QStringLiteral("-")});
    // The PDF cuts further where the line is too narrow for even that; never longer.
    const QString headerLine = QString::fromUtf8(text.standardOutput).section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(headerLine.startsWith(QStringLiteral("Our reference: RRR"))) << headerLine.toStdString();
    EXPECT_TRUE(headerLine.endsWith(QChar(0x2026))) << headerLine.toStdString();
    EXPECT_LE(headerLine.count(QLatin1Char('R')), 47) << headerLine.toStdString();
}

TEST(RequestExporter, TheSuggestedFileNameIsSafeAndShort)
{
    Request request;
    request.title = QStringLiteral("Bank records");
    EXPECT_EQ(suggestedFileStem(request), QStringLiteral("Bank records")) << "the title without a reference";
    request.values.insert(QStringLiteral("authority.reference"), QStringLiteral("DEMO-2026/0142: A*B?\x01"));
    EXPECT_EQ(suggestedFileStem(request), QStringLiteral("DEMO-2026-0142- A-B-"));
    request.values.insert(QStringLiteral("authority.reference"), QString(5000, QLatin1Char('R')));
    EXPECT_EQ(suggestedFileStem(request).size(), 80) << "a pasted paragraph makes no name too long to save";
    request.values.insert(QStringLiteral("authority.reference"), QStringLiteral(".."));
    request.title = QStringLiteral(" ");
    EXPECT_TRUE(suggestedFileStem(request).isEmpty()) << "'..' names a folder, not a file";
}

TEST(DocxExport, SameDocumentGivesTheSameBytes)
{
    const ComposedDocument doc = mla::test::demoLetter();
    const Result<QByteArray> first = renderDocx(doc);
    const Result<QByteArray> second = renderDocx(doc);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(first->startsWith("PK\x03\x04"));
    EXPECT_EQ(*first, *second);

    ComposedDocument changed = doc;
    changed.title += QStringLiteral(" (2)");
    const Result<QByteArray> third = renderDocx(changed);
    ASSERT_TRUE(third.ok());
    EXPECT_NE(*first, *third);
}

TEST(DocxExport, MissingDirectoryFailsAndLeavesNothingBehind)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/letter.docx"));
    const Result<void> written = writeDocx(mla::test::demoLetter(), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(path)) << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("missing"))).exists());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

// --- Read back with python-docx -----------------------------------------------------------------

TEST(DocxExport, PythonDocxReadsTheDemoRequest)
{
    REQUIRE_PYTHON_DOCX();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ComposedDocument doc = mla::test::demoLetter();
    ASSERT_FALSE(doc.confidentialityMarking.isEmpty()) << "the demo request is confidential";
    const DocxReading docx = readDocx(writeDocxOrFail(doc, dir, QStringLiteral("demo.docx")));
    ASSERT_TRUE(docx.ok) << docx.failure.toStdString();

    EXPECT_EQ(nonEmpty(docx.paragraphTexts), expectedParagraphs(doc));
    EXPECT_GE(docx.paragraphs, expectedParagraphs(doc).size());
    EXPECT_EQ(docx.tables, expectedTables(doc));
    EXPECT_GT(docx.tables, 0);
    EXPECT_EQ(docx.title, doc.title);
    EXPECT_TRUE(docx.author.isEmpty()) << docx.author.toStdString();
    EXPECT_TRUE(docx.lastModifiedBy.isEmpty()) << docx.lastModifiedBy.toStdString();
    EXPECT_FALSE(docx.hasCreated);
    EXPECT_FALSE(docx.hasModified);
    for (const char *style : {"Normal", "Title", "Heading 1", "Heading 2", "Caption", "List", "Table Grid"}) {
        EXPECT_TRUE(docx.styles.contains(QLatin1String(style))) << style;
    }
    // The header has the reference and the marking; the footer the words around the page fields
    // (python-docx does not read field results).
    ASSERT_EQ(docx.header.size(), 1);
    EXPECT_EQ(docx.header.first(), doc.referencePattern.arg(doc.reference) + QLatin1Char('\t') +
                                       doc.confidentialityMarking);
    ASSERT_EQ(docx.footer.size(), 1);
    EXPECT_EQ(docx.footer.first(), QString(doc.pageNumberPattern).remove(QStringLiteral("%1")).remove(QStringLiteral("%2")));
}

TEST(DocxExport, RendersEveryKindOfBlock)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ComposedDocument doc = everyKindOfBlock();
    const QString path = writeDocxOrFail(doc, dir, QStringLiteral("blocks.docx"));
    const DocxReading docx = readDocx(path);
    ASSERT_TRUE(docx.ok) << docx.failure.toStdString();
    EXPECT_EQ(nonEmpty(docx.text),
              QStringList({QStringLiteral("Title <of> the letter"), QStringLiteral("CONFIDENTIAL"),
                           QStringLiteral("Our reference: R-1"), QStringLiteral("Heading & more"),
                           QStringLiteral("Unnumbered\nsecond line"), QStringLiteral("7.\tNumbered paragraph"),
                           QStringLiteral("Caption"), QStringLiteral("Label <td>"), QStringLiteral("Value </table>"),
                           QStringLiteral("Address"), QStringLiteral("Line 1\nLine 2"), QStringLiteral("Col A"),
                           QStringLiteral("Col B"), QStringLiteral("a1 &lt;"), QStringLiteral("b1"),
                           QStringLiteral("a2"), QStringLiteral("first <li>"), QStringLiteral("second"),
                           QStringLiteral("Place, 1 May 2024"), QStringLiteral("Signer"),
                           QStringLiteral("Capacity")}));
    EXPECT_EQ(docx.tables, 2);

    const QString body = part(path, QStringLiteral("word/document.xml"));
    EXPECT_EQ(body.count(QStringLiteral("<w:tblHeader/>")), 1) << "the table's header row repeats on each page";
    EXPECT_EQ(body.count(QStringLiteral("<w:numId w:val=\"1\"/>")), 2) << "bullets are a Word list";
    EXPECT_TRUE(body.contains(QStringLiteral("<w:pStyle w:val=\"Numbered\"/>")));
    EXPECT_EQ(body.count(QStringLiteral("<w:cantSplit/>")), 5) << "short rows stay on one page";
    EXPECT_TRUE(body.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))) << "A4";
    const QString styles = part(path, QStringLiteral("word/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:left=\"560\" w:hanging=\"560\""))) << "numbers hang";
    EXPECT_FALSE(body.contains(QStringLiteral("<w:bidi/>"))) << "a left-to-right letter";
}

TEST(DocxExport, ARowOfManyShortLinesMayBreakAcrossPages)
{
    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ComposedDocument doc = everyKindOfBlock();
    QStringList lines;
    for (int i = 1; i <= 300; ++i) {
        lines << QString::number(i);
    }
    // About 1,100 characters, but 300 lines: far taller than a page.
    doc.sections.first().blocks = {DocumentBlock::keyValueTable(
        {{QStringLiteral("Short"), QStringLiteral("one line")}, {QStringLiteral("Items"), lines.join(QLatin1Char('\n'))}})};
    const QString path = writeDocxOrFail(doc, dir, QStringLiteral("tall-row.docx"));
    const QString body = part(path, QStringLiteral("word/document.xml"));
    EXPECT_EQ(body.count(QStringLiteral("<w:cantSplit/>")), 1) << "only the short row is held on one page";
}

TEST(DocxExport, ALatinNameInAnArabicSentenceIsARunOfItsOwn)
{
    using mla::core::docx::directionalSegments;
    const QString sentence = QStringLiteral("تهدي السلطة Office of the Prosecutor (demo)، أطيب 2024 تحياتها.");
    const auto segments = directionalSegments(sentence);
    QStringList shown;
    for (const auto &segment : segments) {
        shown << (segment.rightToLeft ? QStringLiteral("R[") : QStringLiteral("L[")) + segment.text.toString() +
                     QLatin1Char(']');
    }
    EXPECT_EQ(shown, QStringList({QStringLiteral("R[تهدي السلطة ]"), QStringLiteral("L[Office of the Prosecutor (demo]"),
                                  QStringLiteral("R[)، أطيب 2024 تحياتها.]")}))
        << shown.join(QLatin1Char('|')).toStdString();
    // Neutral text alone reads in the paragraph's direction; Latin alone is one unmarked run.
    ASSERT_EQ(directionalSegments(QStringLiteral("12/2024")).size(), 1);
    EXPECT_TRUE(directionalSegments(QStringLiteral("12/2024")).first().rightToLeft);
    ASSERT_EQ(directionalSegments(QStringLiteral("Harbour Street 12")).size(), 1);
    EXPECT_FALSE(directionalSegments(QStringLiteral("Harbour Street 12")).first().rightToLeft);

    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ComposedDocument doc = arabicLetter();
    doc.sections.first().blocks = {DocumentBlock::paragraph(sentence, 1)};
    const QString body = part(writeDocxOrFail(doc, dir, QStringLiteral("mixed.docx")), QStringLiteral("word/document.xml"));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:r><w:t xml:space=\"preserve\">Office of the Prosecutor (demo</w:t></w:r>")))
        << "the Latin run carries no w:rtl";
    EXPECT_TRUE(body.contains(QStringLiteral("<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">تهدي السلطة </w:t></w:r>")));
}

TEST(DocxExport, ACombiningMarkStaysWithItsLetter)
{
    using mla::core::docx::directionalSegments;
    const QString text = QStringLiteral("قال Jose") + QChar(0x0301) + QStringLiteral(" إن");
    const auto segments = directionalSegments(text);
    ASSERT_EQ(segments.size(), 3);
    EXPECT_EQ(segments.at(1).text.toString(), QStringLiteral("Jose") + QChar(0x0301));
    EXPECT_FALSE(segments.at(1).rightToLeft);
}

TEST(DocxExport, FooterFollowsThePageNumberPattern)
{
    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ComposedDocument doc = everyKindOfBlock();
    const auto footerOf = [&](const QString &pattern) {
        doc.pageNumberPattern = pattern;
        const QString path = writeDocxOrFail(doc, dir, QStringLiteral("footer.docx"));
        QString xml = part(path, QStringLiteral("word/footer1.xml"));
        // Only the words and the fields, in order.
        xml.replace(QRegularExpression(QStringLiteral("<w:fldSimple w:instr=\" (\\w+) \">.*?</w:fldSimple>")),
                    QStringLiteral("{\\1}"));
        xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QString());
        return xml.trimmed();
    };
    EXPECT_EQ(footerOf(QStringLiteral("Page %1 of %2")), QStringLiteral("Page {PAGE} of {NUMPAGES}"));
    EXPECT_EQ(footerOf(QStringLiteral("%2 pages, this is %1")), QStringLiteral("{NUMPAGES} pages, this is {PAGE}"));
    EXPECT_EQ(footerOf(QStringLiteral("Seite %1")), QStringLiteral("{PAGE} / {NUMPAGES}"))
        << "as the PDF: without a page count in the pattern, the numbers alone";
    EXPECT_EQ(footerOf(QString()), QStringLiteral("{PAGE} / {NUMPAGES}"));
    EXPECT_EQ(footerOf(QStringLiteral("<%1> & %2")), QStringLiteral("&lt;{PAGE}&gt; &amp; {NUMPAGES}"));
}

TEST(DocxExport, HostileTextYieldsAReadableDocument)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("unzip");
    const QString hostile = QStringLiteral("<w:t>&amp;\"' x\x01y\x0Bz ") + QChar(0xD800) + QStringLiteral(" a") +
                            QChar(0x202E) + QStringLiteral("b") + QChar(0xFFFE) + QStringLiteral("c ") +
                            QString::fromUcs4(U"\U0001F600 ]]> </w:t></w:r></w:p>");
    const QString expected = QStringLiteral("<w:t>&amp;\"' xyz  abc ") +
                             QString::fromUcs4(U"\U0001F600 ]]> </w:t></w:r></w:p>");
    ASSERT_EQ(printableText(hostile), expected);
    QString megabyte;
    megabyte.reserve(1 << 20);
    while (megabyte.size() < (1 << 20)) {
        megabyte += QStringLiteral("Ein sehr langer Text & <mehr> ") + QString::fromUcs4(U"\U0001F4DC ");
    }

    ComposedDocument doc = mla::test::demoLetter();
    doc.title = hostile;
    doc.reference = hostile;
    doc.confidentialityMarking = hostile;
    doc.pageNumberPattern = hostile + QStringLiteral(" %1/%2");
    doc.sections.first().heading = hostile;
    doc.sections.first().blocks.prepend(DocumentBlock::paragraph(megabyte, 99));
    doc.sections.first().blocks.prepend(DocumentBlock::keyValueTable({{hostile, hostile}}, hostile));
    doc.sections.first().blocks.prepend(DocumentBlock::table({hostile}, {{hostile, megabyte}}, hostile));
    doc.sections.first().blocks.prepend(DocumentBlock::bulletList({hostile}));
    doc.signature.name = hostile;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeDocxOrFail(doc, dir, QStringLiteral("hostile.docx"));
    const auto test = runProgram(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    EXPECT_EQ(test.exitCode, 0) << test.standardOutput.toStdString();
    const DocxReading docx = readDocx(path);
    ASSERT_TRUE(docx.ok) << docx.failure.toStdString();
    EXPECT_EQ(docx.title, expected.simplified());
    EXPECT_EQ(nonEmpty(docx.paragraphTexts), expectedParagraphs(doc));
    EXPECT_TRUE(docx.text.contains(QStringLiteral("99.\t") + megabyte));
    EXPECT_TRUE(docx.text.contains(megabyte));
    EXPECT_EQ(docx.text.count(expected), 10)
        << "title, heading, bullet, caption, header and body cell of the table, caption, label and value of "
           "the key/value table, signer";
    ASSERT_EQ(docx.header.size(), 1);
    EXPECT_TRUE(docx.header.first().contains(expected.simplified()));
}

TEST(DocxExport, RightToLeftLetterAndChineseLetter)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ComposedDocument arabic = everyKindOfBlock();
    arabic.language = QStringLiteral("ar");
    arabic.rightToLeft = true;
    const QString arabicText = QStringLiteral("طلب المساعدة القانونية المتبادلة");
    arabic.sections.first().blocks.prepend(DocumentBlock::paragraph(arabicText, 1));
    const QString arabicPath = writeDocxOrFail(arabic, dir, QStringLiteral("ar.docx"));
    const QString body = part(arabicPath, QStringLiteral("word/document.xml"));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:bidiVisual/>")));
    // The letter's structure and Arabic text read right to left; a paragraph or cell of Latin text
    // reads left to right, as in the PDF, so that its full stop stays at its end.
    EXPECT_TRUE(body.contains(QStringLiteral("<w:pStyle w:val=\"Numbered\"/><w:bidi/>")));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:pStyle w:val=\"Heading1\"/><w:bidi/>")));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:pStyle w:val=\"Title\"/><w:bidi/>")));
    const qsizetype latinParagraph = body.indexOf(QStringLiteral(">Unnumbered<"));
    ASSERT_GE(latinParagraph, 0);
    const qsizetype latinStart = body.lastIndexOf(QStringLiteral("<w:p>"), latinParagraph);
    EXPECT_FALSE(body.mid(latinStart, latinParagraph - latinStart).contains(QStringLiteral("<w:bidi/>")))
        << "a paragraph of Latin text in an Arabic letter reads left to right";
    EXPECT_GT(body.count(QStringLiteral("<w:bidi/>")), 3);
    EXPECT_LT(body.count(QStringLiteral("<w:bidi/>")), body.count(QStringLiteral("<w:p>")));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:rtl/></w:rPr><w:t xml:space=\"preserve\">") + arabicText));
    EXPECT_TRUE(body.contains(QStringLiteral("<w:r><w:t xml:space=\"preserve\">Signer</w:t></w:r>")) ||
                body.contains(QStringLiteral("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Signer")))
        << "Latin text is not turned into a right-to-left run";
    EXPECT_TRUE(part(arabicPath, QStringLiteral("word/styles.xml")).contains(QStringLiteral("w:bidi=\"ar-SA\"")));
    const DocxReading arabicRead = readDocx(arabicPath);
    ASSERT_TRUE(arabicRead.ok) << arabicRead.failure.toStdString();
    EXPECT_TRUE(arabicRead.text.contains(QStringLiteral("1.\t") + arabicText));

    ComposedDocument chinese = everyKindOfBlock();
    chinese.language = QStringLiteral("zh");
    const QString chineseText = QStringLiteral("关于刑事司法协助的请求");
    chinese.title = chineseText;
    const QString chinesePath = writeDocxOrFail(chinese, dir, QStringLiteral("zh.docx"));
    const QString styles = part(chinesePath, QStringLiteral("word/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:eastAsia=\"Noto Sans CJK SC\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:eastAsia=\"zh-CN\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:ascii=\"Noto Serif\"")));
    EXPECT_FALSE(part(chinesePath, QStringLiteral("word/document.xml")).contains(QStringLiteral("<w:bidi/>")));

    // Arabic text in a left-to-right letter reads right to left.
    ComposedDocument english = everyKindOfBlock();
    english.sections.first().blocks.prepend(DocumentBlock::paragraph(arabicText, 1));
    const QString englishPath = writeDocxOrFail(english, dir, QStringLiteral("en-with-ar.docx"));
    const QString englishBody = part(englishPath, QStringLiteral("word/document.xml"));
    EXPECT_EQ(englishBody.count(QStringLiteral("<w:bidi/>")), 1) << "the Arabic paragraph only";
    EXPECT_TRUE(englishBody.contains(QStringLiteral("<w:rtl/></w:rPr><w:t xml:space=\"preserve\">") + arabicText));
    const DocxReading chineseRead = readDocx(chinesePath);
    ASSERT_TRUE(chineseRead.ok) << chineseRead.failure.toStdString();
    EXPECT_EQ(chineseRead.title, chineseText);
    EXPECT_EQ(chineseRead.text.first(), chineseText);
}

// --- Same text as the PDF -----------------------------------------------------------------------

TEST(DocxExport, CarriesTheSameTextAsThePdf)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("pdftotext");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<std::pair<QString, ComposedDocument>> documents = {{QStringLiteral("same-demo"), mla::test::demoLetter()},
                                                                   {QStringLiteral("same-blocks"), everyKindOfBlock()}};
    for (const auto &[name, doc] : documents) {
        const QString pdfText = pdfBodyText(writePdfOrFail(doc, dir, name + QStringLiteral(".pdf")), doc);
        const DocxReading docx = readDocx(writeDocxOrFail(doc, dir, name + QStringLiteral(".docx")));
        ASSERT_TRUE(docx.ok) << docx.failure.toStdString();
        const QString docxText = normalised(docx.text.join(QLatin1Char(' ')));
        EXPECT_GT(docxText.size(), 200);
        EXPECT_TRUE(docxText == pdfText) << firstDifference(docxText, pdfText);
    }
}

TEST(DocxExport, LibreOfficeConvertsItWithTheSameText)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("soffice");
    REQUIRE_TOOL("pdftotext");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<ComposedDocument> documents = {mla::test::demoLetter(), arabicLetter()};
    const QStringList docxFiles = {writeDocxOrFail(documents.at(0), dir, QStringLiteral("demo.docx")),
                                   writeDocxOrFail(documents.at(1), dir, QStringLiteral("arabic.docx"))};
    const QStringList pdfs = convertWithLibreOffice(docxFiles, dir);
    ASSERT_EQ(pdfs.size(), docxFiles.size());
    for (qsizetype i = 0; i < pdfs.size(); ++i) {
        const DocxReading docx = readDocx(docxFiles.at(i));
        ASSERT_TRUE(docx.ok) << docx.failure.toStdString();
        const QString pdfText = pdfBodyText(pdfs.at(i), documents.at(i));
        const QString docxText = normalised(docx.text.join(QLatin1Char(' ')));
        if (documents.at(i).rightToLeft) {
            EXPECT_EQ(sortedCharacters(pdfText), sortedCharacters(docxText)) << pdfText.toStdString();
        } else {
            EXPECT_TRUE(pdfText == docxText) << firstDifference(pdfText, docxText);
        }
    }
}

// --- ZIP ----------------------------------------------------------------------------------------

TEST(ZipWriter, RejectsTwoEntriesOfTheSameName)
{
    const Result<QByteArray> zip = zipArchive({{QStringLiteral("a.xml"), QByteArray("1")},
                                               {QStringLiteral("a.xml"), QByteArray("2")}});
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.error().code, ErrorCode::Export);
    EXPECT_TRUE(zip.error().message.contains(QStringLiteral("a.xml"))) << zip.error().message.toStdString();
}

TEST(ZipWriter, KeepsEntriesInOrderWithAFixedTime)
{
    REQUIRE_TOOL("unzip");
    const Result<QByteArray> zip = zipArchive({{QStringLiteral("z.txt"), QByteArray("last letter")},
                                               {QStringLiteral("dir/a.txt"), QByteArray(100000, 'a')}});
    ASSERT_TRUE(zip.ok()) << zip.error().message.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*zip);
    file.close();
    const auto listing = runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z"), QStringLiteral("-T"), path});
    ASSERT_EQ(listing.exitCode, 0) << listing.standardError.toStdString();
    const QStringList lines = QString::fromUtf8(listing.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList entries;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('-'))) {
            EXPECT_TRUE(line.contains(QStringLiteral("19800101.000000"))) << line.toStdString();
            EXPECT_TRUE(line.startsWith(QStringLiteral("-rw-r--r--"))) << line.toStdString();
            entries << line.section(QLatin1Char(' '), -1);
        }
    }
    EXPECT_EQ(entries, QStringList({QStringLiteral("z.txt"), QStringLiteral("dir/a.txt")}));
    const auto content = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("dir/a.txt")});
    EXPECT_EQ(content.standardOutput, QByteArray(100000, 'a'));
}

// --- Every request type in every output language ------------------------------------------------

/// The words of @p text as a sorted list, after joining words that a line break split at a hyphen
/// ("Director-" + "General"). Text extracted from a PDF puts the lines of neighbouring table cells
/// in visual order, which the DOCX does not; the same words must still be there, each as often.
QStringList sortedWords(const QString &text)
{
    static const QRegularExpression brokenHyphen(QStringLiteral("(\\w)- (?=\\w)"));
    QString joined = text;
    joined.replace(brokenHyphen, QStringLiteral("\\1-"));
    QStringList words = joined.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words;
}

std::string characterDifference(const QString &actual, const QString &expected)
{
    QMap<char32_t, int> count;
    for (const char32_t c : sortedCharacters(actual).toUcs4()) {
        ++count[c];
    }
    for (const char32_t c : sortedCharacters(expected).toUcs4()) {
        --count[c];
    }
    QStringList lines;
    for (auto it = count.constBegin(); it != count.constEnd(); ++it) {
        if (it.value() != 0) {
            lines << QStringLiteral("U+%1 %2").arg(static_cast<uint>(it.key()), 4, 16, QLatin1Char('0')).arg(it.value());
        }
    }
    return QStringLiteral("characters (DOCX count minus PDF count): %1").arg(lines.join(QStringLiteral(", "))).toStdString();
}

std::string wordDifference(const QStringList &actual, const QStringList &expected)
{
    QStringList onlyActual;
    QStringList onlyExpected;
    std::set_difference(actual.cbegin(), actual.cend(), expected.cbegin(), expected.cend(), std::back_inserter(onlyActual));
    std::set_difference(expected.cbegin(), expected.cend(), actual.cbegin(), actual.cend(), std::back_inserter(onlyExpected));
    return QStringLiteral("only in DOCX: %1\nonly in PDF: %2")
        .arg(onlyActual.mid(0, 20).join(QStringLiteral(" | ")), onlyExpected.mid(0, 20).join(QStringLiteral(" | ")))
        .toStdString();
}

/// For each demo request (one per request type) in each of the six output languages: the PDF and
/// the DOCX are written from the same composed document, python-docx reads the DOCX, the
/// normalised texts of the two match (right-to-left letters by their characters, since pdftotext
/// gives right-to-left lines in visual order), and LibreOffice converts every DOCX, all in one
/// soffice run so its start-up is paid once.
TEST(ExportMatrix, EveryTypeInEveryLanguageGivesMatchingPdfAndDocx)
{
    REQUIRE_PYTHON_DOCX();
    REQUIRE_TOOL("pdftotext");
    REQUIRE_TOOL("soffice");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDate day(2026, 11, 28);
    QStringList docxFiles;
    QList<ComposedDocument> documents;
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                   QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")};
    for (const QString &type : DemoCase::typeIds()) {
        const Request request = DemoCase::request(type, day).value();
        const RequestForm form = RequestForm::builtIn(type).value();
        for (const QString &language : languages) {
            SCOPED_TRACE((type + QLatin1Char('/') + language).toStdString());
            auto phrases = LetterPhrases::forLanguage(language);
            ASSERT_TRUE(phrases.ok()) << phrases.error().message.toStdString();
            auto document = composeLetter(request, form, *phrases);
            ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
            const QString name = type + QLatin1Char('.') + language;
            const QString pdfPath = writePdfOrFail(*document, dir, name + QStringLiteral(".pdf"));
            const QString pdfText = pdfBodyText(pdfPath, *document);
            const QString docxPath = writeDocxOrFail(*document, dir, name + QStringLiteral(".docx"));
            const DocxReading docx = readDocx(docxPath);
            ASSERT_TRUE(docx.ok) << docx.failure.toStdString();
            const QString docxText = normalised(docx.text.join(QLatin1Char(' ')));
            EXPECT_GT(docxText.size(), 200);
            if (document->rightToLeft || language == QLatin1String("zh")) {
                // pdftotext gives right-to-left lines in visual order and breaks lines inside Chinese
                // words, so these compare by their characters. Qt 6.4's PDF text loses letters of
                // lam-alef ligatures (the printed page shows them): lam and alef are left out.
                static const QRegularExpression lamAlef(QStringLiteral("[\u0644\u0622\u0623\u0625\u0627]"));
                // The whole page text against the DOCX body plus each page's running lines: right-
                // to-left running lines come out of pdftotext in pieces that cannot be told apart
                // from the body.
                const auto raw = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
                const QStringList pages = QString::fromUtf8(raw.standardOutput).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
                QString expected = docxText;
                for (qsizetype page = 0; page < pages.size(); ++page) {
                    QString pattern = document->pageNumberPattern;
                    expected += QLatin1Char(' ') + document->referencePattern.arg(document->reference) + QLatin1Char(' ') +
                                document->confidentialityMarking + QLatin1Char(' ') +
                                pattern.arg(page + 1).arg(pages.size());
                }
                expected = normalised(expected);
                QString actual = normalised(QString::fromUtf8(raw.standardOutput));
                expected.remove(lamAlef);
                actual.remove(lamAlef);
                EXPECT_TRUE(sortedCharacters(actual) == sortedCharacters(expected))
                    << characterDifference(expected, actual);
            } else {
                const QStringList docxWords = sortedWords(docxText);
                const QStringList pdfWords = sortedWords(pdfText);
                EXPECT_TRUE(docxWords == pdfWords) << wordDifference(docxWords, pdfWords);
            }
            docxFiles << docxPath;
            documents << *document;
        }
    }
    EXPECT_EQ(docxFiles.size(), DemoCase::typeIds().size() * languages.size());
    const QStringList converted = convertWithLibreOffice(docxFiles, dir);
    EXPECT_EQ(converted.size(), docxFiles.size());
    for (const QString &pdf : converted) {
        EXPECT_GT(QFileInfo(pdf).size(), 1000) << pdf.toStdString();
    }
}
