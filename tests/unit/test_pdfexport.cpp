#include "export/fontregistry.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace mla::core;
using mla::test::hasProgram;
using mla::test::runProgram;

namespace {

const QString kReference = QStringLiteral("MLA/2024/0042-PX");
const QString kFacts = QStringLiteral(
    "On 14 February 2023 the suspect Anton Weber transferred EUR 250,000 from the account of Nordlicht "
    "Trading GmbH to an account held at Banque Exemple SA in Lyon, using forged invoices for timber "
    "deliveries.");
const QString kEvidence = QStringLiteral("Statements of two employees of Nordlicht Trading GmbH.");
const QString kProvision = QStringLiteral(
    "Section 165 of the Criminal Code: whoever conceals assets that derive from a crime, or disguises "
    "their origin, shall be punished with imprisonment of up to ten years.");
const QString kNexus = QStringLiteral(
    "The account at Banque Exemple SA received the proceeds of the transfer; its records will show who "
    "withdrew the money and where it went.");

void set(Request &r, const char *key, const QString &value)
{
    r.values.insert(QString::fromLatin1(key), value);
}

CollectionItem item(qint64 id, std::initializer_list<std::pair<const char *, QString>> values)
{
    CollectionItem entry;
    entry.id = id;
    for (const auto &[key, value] : values) {
        entry.values.insert(QString::fromLatin1(key), value);
    }
    return entry;
}

/// A general MLA request with every field of the form filled in.
Request fullRequest()
{
    Request r;
    r.typeId = QStringLiteral("mla.general");
    r.title = QStringLiteral("Nordlicht Trading");
    set(r, "authority.reference", kReference);
    set(r, "authority.state", QStringLiteral("AT"));
    set(r, "authority.name", QStringLiteral("Public Prosecutor's Office of Vienna"));
    set(r, "authority.role", QStringLiteral("Public prosecutor conducting the investigation"));
    set(r, "authority.address", QStringLiteral("Landesgerichtsstraße 11\n1080 Vienna\nAustria"));
    set(r, "authority.contactPerson", QStringLiteral("Dr Eva Gruber, Senior Public Prosecutor"));
    set(r, "authority.phone", QStringLiteral("+43 1 40127 1234"));
    set(r, "authority.email", QStringLiteral("eva.gruber@justiz.example"));
    set(r, "authority.officeHours", QStringLiteral("Monday to Friday, 08:00-16:00"));
    set(r, "authority.timeZone", QStringLiteral("UTC+01:00"));
    set(r, "addressee.state", QStringLiteral("FR"));
    set(r, "addressee.authority",
        QStringLiteral("Ministry of Justice, Office for International Mutual Assistance"));
    set(r, "addressee.address", QStringLiteral("13 Place Vendôme\n75001 Paris"));
    set(r, "addressee.channel", QStringLiteral("centralAuthority"));
    set(r, "language.letter", QStringLiteral("en"));
    set(r, "language.translation", QStringLiteral("fr"));
    set(r, "legalBasis.kind", QStringLiteral("convention"));
    set(r, "legalBasis.instrument",
        QStringLiteral("United Nations Convention against Transnational Organized Crime"));
    set(r, "legalBasis.article", QStringLiteral("article 18"));
    set(r, "legalBasis.reciprocity",
        QStringLiteral("Austria will execute a request of the same kind from France in the same way."));
    set(r, "proceedings.stage", QStringLiteral("investigation"));
    set(r, "proceedings.subject", QStringLiteral("Laundering of the proceeds of an invoice fraud."));
    set(r, "proceedings.conductingAuthority", QStringLiteral("Public Prosecutor's Office of Vienna"));
    set(r, "proceedings.caseNumbers", QStringLiteral("12 St 345/23"));
    set(r, "facts.summary", kFacts + QStringLiteral("\n\nThe money was withdrawn in cash within a week."));
    set(r, "facts.period", QStringLiteral("February to March 2023"));
    set(r, "facts.place", QStringLiteral("Vienna and Lyon"));
    set(r, "facts.evidence", kEvidence);
    set(r, "procedures.special", QStringLiteral("Please certify the bank records as true copies."));
    set(r, "dualCriminality.statement", QStringLiteral("Hiding the origin of money gained by fraud."));
    set(r, "assurances.useLimitation",
        QStringLiteral("The evidence will be used only in these proceedings."));
    set(r, "assurances.deathPenalty", QStringLiteral("The death penalty is abolished in Austria."));
    set(r, "assurances.fairTrial", QStringLiteral("The suspect has every right of the defence."));
    set(r, "assurances.neBisInIdem", QStringLiteral("No other proceedings for these facts are known."));
    set(r, "urgency.isUrgent", QStringLiteral("true"));
    set(r, "urgency.reasons", QStringLiteral("The suspect is in custody until 30 April 2024."));
    set(r, "urgency.deadline", QStringLiteral("2024-04-15"));
    set(r, "confidentiality.required", QStringLiteral("true"));
    set(r, "confidentiality.reasons", QStringLiteral("The suspect does not know of the investigation."));
    set(r, "signature.name", QStringLiteral("Dr Eva Gruber"));
    set(r, "signature.capacity", QStringLiteral("Senior Public Prosecutor"));
    set(r, "signature.place", QStringLiteral("Vienna"));
    set(r, "signature.date", QStringLiteral("2024-03-05"));
    r.collections.insert(QStringLiteral("offences"),
                         {item(1, {{"qualification", QStringLiteral("Money laundering")},
                                   {"provision", kProvision},
                                   {"maxPenalty", QStringLiteral("Ten years' imprisonment")},
                                   {"limitation", QStringLiteral("Time-barred in 2033")},
                                   {"deathPenalty", QStringLiteral("false")}})});
    r.collections.insert(QStringLiteral("persons"),
                         {item(2, {{"role", QStringLiteral("suspect")},
                                   {"familyName", QStringLiteral("Weber")},
                                   {"givenNames", QStringLiteral("Anton")},
                                   {"dateOfBirth", QStringLiteral("1975-11-02")},
                                   {"placeOfBirth", QStringLiteral("Graz")},
                                   {"nationality", QStringLiteral("AT")},
                                   {"identifiers", QStringLiteral("Passport P1234567")},
                                   {"address", QStringLiteral("Rue de la République 8, Lyon")},
                                   {"description", QStringLiteral("About 1.80 m tall")}}),
                          item(3, {{"role", QStringLiteral("accountHolder")},
                                   {"familyName", QStringLiteral("Nordlicht Trading GmbH")},
                                   {"nationality", QStringLiteral("XQ")}})});
    r.collections.insert(
        QStringLiteral("measures"),
        {item(4, {{"kind", QStringLiteral("bankRecords")},
                  {"coercive", QStringLiteral("true")},
                  {"description", QStringLiteral("Statements of account and opening documents.")},
                  {"identifiers", QStringLiteral("FR76 3000 4000 0312 3456 7890 143")},
                  {"periodFrom", QStringLiteral("2023-01-01")},
                  {"periodTo", QStringLiteral("2023-03-31")},
                  {"nexus", kNexus}}),
         item(5, {{"kind", QStringLiteral("statement")},
                  {"description", QStringLiteral("Hear the branch manager as a witness.")}})});
    r.collections.insert(
        QStringLiteral("annexes"),
        {item(6, {{"title", QStringLiteral("Arrest warrant")}, {"pages", QStringLiteral("3")}}),
         item(7, {{"title", QStringLiteral("Invoice copies")}, {"pages", QStringLiteral("1")}})});
    return r;
}

RequestForm generalForm()
{
    auto form = RequestForm::builtIn(QStringLiteral("mla.general"));
    EXPECT_TRUE(form.ok()) << (form.ok() ? "" : form.error().message.toStdString());
    return form.ok() ? *form : RequestForm();
}

ComposedDocument compose(const Request &request)
{
    auto doc = composeLetter(request, generalForm());
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message.toStdString());
    return doc.ok() ? *doc : ComposedDocument();
}

/// Every text of the document, one string per block line, for searching.
QStringList allText(const ComposedDocument &doc)
{
    QStringList out = {doc.title, doc.reference, doc.confidentialityMarking, doc.priorityMarking};
    for (const DocumentSection &section : doc.sections) {
        out << section.heading;
        for (const DocumentBlock &block : section.blocks) {
            out << block.text << block.caption << block.header << block.items;
            for (const KeyValueRow &row : block.rows) {
                out << row.label + QStringLiteral(": ") + row.value;
            }
            for (const QStringList &row : block.cells) {
                out << row;
            }
        }
    }
    out << doc.signature.name << doc.signature.capacity << doc.signature.place << doc.signature.date;
    return out;
}

const DocumentSection *section(const ComposedDocument &doc, const QString &heading)
{
    for (const DocumentSection &s : doc.sections) {
        if (s.heading == heading) {
            return &s;
        }
    }
    return nullptr;
}

QString writePdfOrFail(const ComposedDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Result<void> written = writePdf(doc, path);
    EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
    return path;
}

/// Text as pdftotext extracts it, whitespace folded. Ligatures are not spelt out: the letter is
/// set without them, so "ffi" must extract as three letters (see CopiedTextHasNoLigatures...).
QString normalized(const QString &text)
{
    return text.simplified();
}

/// The pages of the PDF as pdftotext sees them (it ends every page with a form feed).
QStringList pdfPages(const QString &path)
{
    const auto out = runProgram(QStringLiteral("pdftotext"),
                                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    QStringList pages = QString::fromUtf8(out.standardOutput).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty()) {
        pages.removeLast();
    }
    for (QString &page : pages) {
        page = normalized(page);
    }
    return pages;
}

/// The pages' text run together without the header and footer lines, so that text broken over
/// two pages can be found.
QString bodyText(const QStringList &pages, const QString &header)
{
    static const QRegularExpression footer(QStringLiteral("\\s*Page \\d+ of \\d+$"));
    QStringList bodies;
    for (QString page : pages) {
        if (page.startsWith(header)) {
            page.remove(0, header.size());
        }
        bodies << page.remove(footer).trimmed();
    }
    return bodies.join(QLatin1Char(' '));
}


void expectValidPdf(const QString &path)
{
    const auto check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.toStdString() << check.standardError.toStdString();
}

/// pdffonts lists only bundled faces (Noto Serif, Noto Naskh Arabic, Noto Sans CJK SC), each embedded.
void expectOnlyBundledEmbeddedFonts(const QString &path)
{
    const auto fonts = runProgram(QStringLiteral("pdffonts"), {path});
    ASSERT_EQ(fonts.exitCode, 0) << fonts.standardError.toStdString();
    const QStringList lines =
        QString::fromUtf8(fonts.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "no fonts listed";
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // name, type (may contain spaces), encoding, then: emb sub uni object-number generation
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 6) << lines.at(i).toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << lines.at(i).toStdString();
        EXPECT_TRUE(columns.first().startsWith(QStringLiteral("NotoSerif")) ||
                    columns.first().startsWith(QStringLiteral("NotoNaskhArabic")) ||
                    columns.first().startsWith(QStringLiteral("NotoSansCJKsc")))
            << lines.at(i).toStdString();
    }
}

// --- composer ---------------------------------------------------------------------------------

TEST(LetterComposer, SectionsComeInLetterOrder)
{
    const ComposedDocument doc = compose(fullRequest());
    QStringList headings;
    for (const DocumentSection &s : doc.sections) {
        headings << s.heading;
    }
    const LetterPhrases en = LetterPhrases::english();
    EXPECT_EQ(headings,
              (QStringList{QString(), en.headingRequestingAuthority, en.headingLegalBasis,
                           en.headingProceedings, en.headingFacts, en.headingOffences, en.headingPersons,
                           en.headingMeasures, en.headingProcedures, en.headingAssurances, en.headingUrgency,
                           en.headingConfidentiality, en.headingContact, en.headingAnnexes}));
    EXPECT_EQ(doc.reference, kReference);
    EXPECT_EQ(doc.confidentialityMarking, en.confidentialMarking);
    EXPECT_EQ(doc.priorityMarking, en.urgentMarking);
    EXPECT_EQ(doc.signature.name, QStringLiteral("Dr Eva Gruber"));
    EXPECT_EQ(doc.signature.date, QStringLiteral("5 March 2024"));
}

TEST(LetterComposer, ParagraphNumbersRunThroughTheLetter)
{
    const ComposedDocument doc = compose(fullRequest());
    int expected = 0;
    for (const DocumentSection &s : doc.sections) {
        for (const DocumentBlock &block : s.blocks) {
            if (block.number > 0) {
                EXPECT_EQ(block.number, ++expected) << block.text.toStdString();
            }
        }
    }
    EXPECT_GT(expected, 10);
}

TEST(LetterComposer, PrintsLabelsCountryNamesAndDates)
{
    const QStringList text = allText(compose(fullRequest()));
    const QString joined = text.join(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("Basis: Multilateral convention"))) << joined.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Stage: Investigation")));
    EXPECT_TRUE(joined.contains(QStringLiteral("75001 Paris\nFrance\n"))) << "the address ends with the state";
    EXPECT_TRUE(text.contains(QStringLiteral("Requesting state: Austria (AT)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nationality: Austria (AT)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nationality: XQ"))) << "an unknown code prints as typed";
    EXPECT_TRUE(text.contains(QStringLiteral("Date of birth: 2 November 1975")));
    EXPECT_TRUE(text.contains(QStringLiteral("Person 2: Account holder")));
    EXPECT_TRUE(text.contains(QStringLiteral("Physical description: About 1.80 m tall")));
    EXPECT_TRUE(text.contains(QStringLiteral("Measure 1: Bank and financial records")));
    EXPECT_TRUE(text.contains(QStringLiteral("Coercive measure: Yes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Period to: 31 March 2023")));
    EXPECT_TRUE(text.contains(QStringLiteral("Limitation status: Time-barred in 2033")));
    EXPECT_FALSE(joined.contains(QStringLiteral("can carry the death penalty")))
        << "an unset flag says nothing";
    EXPECT_TRUE(
        text.contains(QStringLiteral("Channel of transmission: Central authority to central authority")));
    EXPECT_TRUE(text.contains(QStringLiteral("Use of the evidence: The evidence will be used only in these "
                                             "proceedings.")));
    EXPECT_TRUE(text.contains(QStringLiteral("When: February to March 2023")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Under the law of the requesting State (Austria), the facts")));
    EXPECT_TRUE(joined.contains(QStringLiteral("translation into French")));
    EXPECT_TRUE(text.contains(QStringLiteral("Offence 1: Money laundering")));
    EXPECT_TRUE(text.contains(QStringLiteral("Link to the facts: ") + kNexus));
    EXPECT_TRUE(text.contains(QStringLiteral("Annex 1: Arrest warrant (3 pages)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Annex 2: Invoice copies (1 page)")));
    EXPECT_TRUE(joined.contains(QStringLiteral("executed by 15 April 2024")));
    EXPECT_TRUE(joined.contains(QStringLiteral("competent authorities of the requested State (France) ")));
    EXPECT_FALSE(joined.contains(QStringLiteral("2024-")));
}

TEST(LetterComposer, TheAddressNamesTheRequestedStateOnceAndWithoutItsCode)
{
    Request r = fullRequest();
    set(r, "addressee.address", QStringLiteral("13 Place Vendôme\n75001 Paris\nFRANCE "));
    QString joined = allText(compose(r)).join(QLatin1Char('\n'));
    EXPECT_TRUE(joined.contains(QStringLiteral("75001 Paris\nFRANCE\n"))) << joined.toStdString();
    EXPECT_FALSE(joined.contains(QStringLiteral("FRANCE\nFrance"))) << "the typed country line is enough";

    set(r, "addressee.address", QString());
    joined = allText(compose(r)).join(QLatin1Char('\n'));
    EXPECT_TRUE(joined.contains(QStringLiteral("Mutual Assistance\nFrance\n"))) << joined.toStdString();

    set(r, "addressee.state", QStringLiteral("XQ"));
    joined = allText(compose(r)).join(QLatin1Char('\n'));
    EXPECT_TRUE(joined.contains(QStringLiteral("Mutual Assistance\nXQ\n"))) << "an unknown code prints as typed";
}

TEST(LetterComposer, LeavesOutWhatIsEmpty)
{
    Request r = fullRequest();
    set(r, "authority.phone", QStringLiteral("   "));
    set(r, "urgency.isUrgent", QStringLiteral("false"));
    set(r, "confidentiality.required", QStringLiteral("false"));
    set(r, "language.translation", QString());
    r.collections.remove(QStringLiteral("annexes"));
    r.collections[QStringLiteral("persons")][1].values.clear();
    const ComposedDocument doc = compose(r);
    const LetterPhrases en = LetterPhrases::english();
    EXPECT_EQ(section(doc, en.headingUrgency), nullptr);
    EXPECT_EQ(section(doc, en.headingConfidentiality), nullptr);
    EXPECT_EQ(section(doc, en.headingAnnexes), nullptr);
    EXPECT_TRUE(doc.confidentialityMarking.isEmpty());
    EXPECT_TRUE(doc.priorityMarking.isEmpty());
    const QStringList text = allText(doc);
    for (const QString &line : text) {
        EXPECT_FALSE(line.startsWith(QStringLiteral("Telephone"))) << line.toStdString();
        EXPECT_FALSE(line.endsWith(QStringLiteral(": "))) << line.toStdString();
    }
    const DocumentSection *persons = section(doc, en.headingPersons);
    ASSERT_NE(persons, nullptr);
    EXPECT_EQ(persons->blocks.size(), 2) << "an entry without values is no person";
    EXPECT_EQ(section(doc, en.headingFurther), nullptr) << "every field of the form has its place";
}

TEST(LetterComposer, EmptyRequestStillOpensAndCloses)
{
    Request r;
    r.typeId = QStringLiteral("mla.general");
    const ComposedDocument doc = compose(r);
    ASSERT_EQ(doc.sections.size(), 2);
    EXPECT_TRUE(doc.sections.first().blocks.first().text.contains(QStringLiteral("the requested State")));
    EXPECT_TRUE(doc.signature.isEmpty());
}

TEST(LetterComposer, FieldsItDoesNotKnowGoUnderTheTitleOfTheirStep)
{
    const QByteArray json = R"({
      "formatVersion": 1, "type": "mla.general", "family": "mla", "title": "Grown form",
      "steps": [
        {"id": "authority", "title": "Authority", "fields": [
          {"key": "authority.name", "label": "Requesting authority"},
          {"key": "authority.fax", "label": "Fax"},
          {"key": "authority.secure", "label": "Secure line available", "kind": "flag"}]},
        {"id": "vehicles", "title": "Vehicles", "collection": "vehicles", "itemLabel": "Vehicle", "fields": [
          {"key": "plate", "label": "Registration"},
          {"key": "colour", "label": "Colour"}]}
      ]})";
    const auto form = RequestForm::fromJson(json, QStringLiteral("grown.json"));
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    Request r;
    r.typeId = QStringLiteral("mla.general");
    set(r, "authority.name", QStringLiteral("Prosecutor"));
    set(r, "authority.fax", QStringLiteral("+43 1 555"));
    set(r, "authority.secure", QStringLiteral("true"));
    r.collections.insert(QStringLiteral("vehicles"), {item(1, {{"plate", QStringLiteral("W-12345")},
                                                               {"colour", QStringLiteral("Blue")}})});
    const auto doc = composeLetter(r, *form);
    ASSERT_TRUE(doc.ok());
    // Each step with fields no fixed section places becomes a section under the step's title.
    const DocumentSection *authority = section(*doc, QStringLiteral("Authority"));
    ASSERT_NE(authority, nullptr);
    const DocumentSection *vehicles = section(*doc, QStringLiteral("Vehicles"));
    ASSERT_NE(vehicles, nullptr);
    EXPECT_EQ(section(*doc, LetterPhrases::english().headingFurther), nullptr);
    // ... before the closing parts of the letter.
    const auto indexOf = [&doc](const DocumentSection *wanted) {
        for (qsizetype i = 0; i < doc->sections.size(); ++i) {
            if (&doc->sections.at(i) == wanted) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    const DocumentSection *contact = section(*doc, LetterPhrases::english().headingContact);
    ASSERT_NE(contact, nullptr);
    EXPECT_LT(indexOf(vehicles), indexOf(contact));
    const QStringList text = allText(*doc);
    EXPECT_TRUE(text.contains(QStringLiteral("Fax: +43 1 555")));
    EXPECT_TRUE(text.contains(QStringLiteral("Secure line available: Yes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Vehicle 1: W-12345")));
    EXPECT_TRUE(text.contains(QStringLiteral("Colour: Blue")));
    for (const DocumentBlock &block : authority->blocks) {
        for (const KeyValueRow &row : block.rows) {
            EXPECT_NE(row.label, QStringLiteral("Requesting authority"))
                << "placed in its own section already";
        }
    }
}

TEST(LetterComposer, RejectsTheFormOfAnotherType)
{
    Request r = fullRequest();
    r.typeId = QStringLiteral("extradition.full");
    const auto doc = composeLetter(r, generalForm());
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::InvalidArgument);
}

TEST(LetterComposer, TextWithNothingPrintableGetsNoNumberAndNoRow)
{
    Request r = fullRequest();
    set(r, "facts.summary", QStringLiteral("First real paragraph.\n\n") + QChar(0x0001) + QChar(0x202C) +
                                QStringLiteral("\n\nSecond real paragraph."));
    set(r, "proceedings.caseNumbers", QString(QChar(0x2066)) + QChar(0x2069));
    const ComposedDocument doc = compose(r);
    QList<int> numbers;
    int first = 0;
    int second = 0;
    for (const DocumentSection &section : doc.sections) {
        for (const DocumentBlock &block : section.blocks) {
            if (block.number > 0) {
                numbers << block.number;
                EXPECT_FALSE(block.text.trimmed().isEmpty()) << "paragraph " << block.number << " is empty";
            }
            first = block.text == QStringLiteral("First real paragraph.") ? block.number : first;
            second = block.text == QStringLiteral("Second real paragraph.") ? block.number : second;
            for (const KeyValueRow &row : block.rows) {
                EXPECT_FALSE(row.value.trimmed().isEmpty()) << row.label.toStdString();
            }
        }
    }
    EXPECT_EQ(second, first + 1) << "no number stands for the invisible paragraph";
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        EXPECT_EQ(numbers.at(i), numbers.at(i - 1) + 1);
    }
}

TEST(PrintableText, DirectionIsThatOfThePrintedText)
{
    // Qt skips a letter inside an isolate; printing drops the isolate, so the Latin name leads.
    const QString isolated = QString(QChar(0x2068)) + QStringLiteral("Northwind Trading") + QChar(0x2069) +
                             QStringLiteral(" هي شركة وهمية.");
    EXPECT_TRUE(isolated.isRightToLeft());
    EXPECT_FALSE(readsRightToLeft(isolated));
    EXPECT_TRUE(readsRightToLeft(QStringLiteral("هي شركة Northwind")));
}

TEST(PrintableText, DropsControlsAndLoneSurrogates)
{
    const QString hostile = QStringLiteral("a\x01"
                                           "b\r\nc") +
                            QChar(0xD800) + QStringLiteral("d") + QChar(0x202E) + QStringLiteral("e\tf") +
                            QChar(0xDFFF) + QString::fromUcs4(U"\U0001F600");
    EXPECT_EQ(printableText(hostile), QStringLiteral("ab\ncde\tf") + QString::fromUcs4(U"\U0001F600"));
}

TEST(FontRegistry, RegistersTheBundledFamilyOnce)
{
    const Result<QString> first = FontRegistry::documentFontFamily();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(*first, QStringLiteral("MLA Noto Serif")) << "a private name, so no system font can stand in";
    const Result<QString> second = FontRegistry::documentFontFamily();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*second, *first);
}

// --- PDF ----------------------------------------------------------------------------------------

TEST(PdfExport, RendersAValidLetterWithHeaderFooterAndEmbeddedFonts)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdftotext");
    REQUIRE_TOOL("pdffonts");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePdfOrFail(compose(fullRequest()), dir, QStringLiteral("letter.pdf"));
    expectValidPdf(path);

    const QStringList pages = pdfPages(path);
    ASSERT_FALSE(pages.isEmpty());
    const QString all = bodyText(pages, QStringLiteral("Our reference: %1 CONFIDENTIAL").arg(kReference));
    EXPECT_TRUE(all.contains(normalized(kFacts))) << all.toStdString();
    EXPECT_TRUE(all.contains(normalized(kProvision)));
    EXPECT_TRUE(all.contains(normalized(kNexus)));
    EXPECT_TRUE(all.contains(QStringLiteral("Money laundering")));
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Page 1 of")));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages.at(i).contains(kReference)) << "page " << i + 1;
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("CONFIDENTIAL"))) << "page " << i + 1;
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    expectOnlyBundledEmbeddedFonts(path);
}

TEST(PdfExport, UsesTheBundledFontsOnAMachineWithoutFonts)
{
    // The child run: this same test executable, started below with fontconfig seeing no fonts.
    // Arabic and Chinese too: their scripts must not need a system font either.
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh")};
    const QByteArray childOutput = qgetenv("MLA_TEST_PDF_CHILD_OUTPUT");
    if (!childOutput.isEmpty()) {
        for (const QString &language : languages) {
            const Result<LetterPhrases> phrases = LetterPhrases::forLanguage(language);
            ASSERT_TRUE(phrases.ok());
            const Result<ComposedDocument> doc = composeLetter(fullRequest(), generalForm(), *phrases);
            ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
            const Result<void> written =
                writePdf(*doc, QString::fromLocal8Bit(childOutput) + QLatin1Char('.') + language + QStringLiteral(".pdf"));
            ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        }
        return;
    }
    REQUIRE_TOOL("pdffonts");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("fonts.conf")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(
        QStringLiteral(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>\n")
            .arg(dir.filePath(QStringLiteral("no-fonts")), dir.filePath(QStringLiteral("cache")))
            .toUtf8());
    config.close();
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const auto child = runProgram(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--gtest_filter=PdfExport.UsesTheBundledFontsOnAMachineWithoutFonts")}, {},
        {QStringLiteral("FONTCONFIG_FILE=") + config.fileName(),
         QStringLiteral("MLA_TEST_PDF_CHILD_OUTPUT=") + path, QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    ASSERT_EQ(child.exitCode, 0) << child.standardOutput.toStdString() << child.standardError.toStdString();
    for (const QString &language : languages) {
        SCOPED_TRACE(language.toStdString());
        const QString letter = path + QLatin1Char('.') + language + QStringLiteral(".pdf");
        ASSERT_TRUE(QFile::exists(letter));
        expectOnlyBundledEmbeddedFonts(letter);
        const auto fonts = runProgram(QStringLiteral("pdffonts"), {letter});
        if (language == QLatin1String("zh")) {
            EXPECT_TRUE(fonts.standardOutput.contains("NotoSansCJKsc-Regular"));
        } else if (language == QLatin1String("ar")) {
            EXPECT_TRUE(fonts.standardOutput.contains("NotoNaskhArabic-Regular"));
        }
    }
}

TEST(PdfExport, EveryPageOfALongLetterHasItsNumberAndTheReference)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdftotext");
    Request r = fullRequest();
    QStringList paragraphs;
    for (int i = 1; i <= 60; ++i) {
        paragraphs << QStringLiteral("Paragraph %1 of the facts. ").arg(i) + kFacts;
    }
    set(r, "facts.summary", paragraphs.join(QStringLiteral("\n\n")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePdfOrFail(compose(r), dir, QStringLiteral("long.pdf"));
    expectValidPdf(path);

    const QStringList pages = pdfPages(path);
    ASSERT_GT(pages.size(), 1);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << "page " << i + 1 << ": " << pages.at(i).toStdString();
        EXPECT_TRUE(pages.at(i).contains(kReference)) << "page " << i + 1;
    }
    // Everything up to the end of the letter is drawn, not only what fits on the first pages.
    const QString body = bodyText(pages, QStringLiteral("Our reference: %1 CONFIDENTIAL").arg(kReference));
    for (const char *expected : {"Paragraph 60 of the facts.", "Annex 2: Invoice copies (1 page)",
                                 "Vienna, 5 March 2024", "Senior Public Prosecutor"}) {
        EXPECT_TRUE(body.contains(QString::fromUtf8(expected))) << expected;
    }
}

TEST(PdfExport, HeadingsStayWithTheirTextAndLongTablesRepeatTheirHeader)
{
    REQUIRE_TOOL("pdftotext");
    ComposedDocument doc;
    doc.title = QStringLiteral("Layout");
    doc.reference = QStringLiteral("R-9");
    doc.pageNumberPattern = QStringLiteral("Page %1 of %2");
    // Sections of uneven length, so that headings fall near the foot of many pages.
    for (int i = 1; i <= 40; ++i) {
        DocumentSection section{QStringLiteral("Heading %1").arg(i), {}};
        const int sentences = 1 + (i * 7) % 13;
        section.blocks << DocumentBlock::paragraph(
            QStringList(sentences, QStringLiteral("Section %1 has words that fill lines.").arg(i)).join(QLatin1Char(' ')));
        doc.sections << section;
    }
    QList<QStringList> rows;
    for (int i = 1; i <= 90; ++i) {
        rows << QStringList{QStringLiteral("row%1").arg(i), QStringLiteral("value")};
    }
    doc.sections << DocumentSection{QStringLiteral("Table"),
                                    {DocumentBlock::table({QStringLiteral("ColA"), QStringLiteral("ColB")}, rows)}};
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList pages = pdfPages(writePdfOrFail(doc, dir, QStringLiteral("layout.pdf")));
    ASSERT_GT(pages.size(), 5);
    static const QRegularExpression endsWithHeading(QStringLiteral("Heading \\d+ Page \\d+ of \\d+$"));
    int tablePages = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        EXPECT_FALSE(endsWithHeading.match(page).hasMatch()) << "page " << i + 1 << " ends with a heading: " << page.toStdString();
        const qsizetype firstRow = page.indexOf(QStringLiteral("row"));
        if (firstRow >= 0) {
            ++tablePages;
            EXPECT_TRUE(page.left(firstRow).endsWith(QStringLiteral("ColA ColB ")))
                << "page " << i + 1 << " continues the table without its header: " << page.toStdString();
        }
    }
    EXPECT_GE(tablePages, 2) << "the table spans pages";
    // Every row is printed once.
    const QString all = pages.join(QLatin1Char(' '));
    for (int i = 1; i <= 90; ++i) {
        EXPECT_EQ(all.count(QRegularExpression(QStringLiteral("\\brow%1\\b").arg(i))), 1) << "row" << i;
    }
}

TEST(PdfExport, CopiedTextHasNoLigatureCharactersInAnyPartOfThePage)
{
    REQUIRE_TOOL("pdftotext");
    const QString words = QStringLiteral("Office of the official affluent fiduciary, the flat fee");
    Request r = fullRequest();
    set(r, "facts.summary", words);
    set(r, "authority.reference", QStringLiteral("Offices/ffi-7"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePdfOrFail(compose(r), dir, QStringLiteral("ligatures.pdf"));
    const auto out = runProgram(QStringLiteral("pdftotext"),
                                {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    const QString text = QString::fromUtf8(out.standardOutput);
    // Body, header line (reference) and the fixed text ("Office of the Public Prosecutor").
    EXPECT_TRUE(text.simplified().contains(words)) << text.left(3000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Offices/ffi-7")));
    for (const QChar c : text) {
        EXPECT_FALSE(c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            << "ligature U+" << QString::number(c.unicode(), 16).toUpper().toStdString() << " in the copied text";
    }
}

TEST(PdfExport, HostileTextIsPrintedLiterally)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdftotext");
    const QString hostile = QStringLiteral("<b>&\"' x\x01y ") + QChar(0xD800) + QStringLiteral(" z") +
                            QChar(0x202E) + QStringLiteral("END</p></table>");
    Request r = fullRequest();
    set(r, "facts.summary", hostile);
    set(r, "authority.reference", QStringLiteral("REF<i>") + QChar(0xD800) + QStringLiteral("&amp;\x02"));
    r.collections[QStringLiteral("offences")][0].values.insert(QStringLiteral("qualification"), hostile);
    const ComposedDocument doc = compose(r);

    const Result<QByteArray> bytes = renderPdf(doc);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    EXPECT_TRUE(bytes->startsWith("%PDF-"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePdfOrFail(doc, dir, QStringLiteral("hostile.pdf"));
    expectValidPdf(path);
    const QStringList pages = pdfPages(path);
    const QString all = bodyText(pages, QStringLiteral("Our reference: REF<i>&amp; CONFIDENTIAL"));
    EXPECT_TRUE(all.contains(QStringLiteral("<b>&\"' xy z"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("END</p></table>")));
    EXPECT_TRUE(all.contains(QStringLiteral("REF<i>&amp;")));
    for (const QString &page : pages) {
        EXPECT_TRUE(page.contains(QStringLiteral("REF<i>&amp;")));
    }
}

TEST(PdfExport, RendersEveryKindOfBlock)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdftotext");
    ComposedDocument doc;
    doc.title = QStringLiteral("Title <of> the letter");
    doc.reference = QStringLiteral("R-1");
    DocumentSection section{QStringLiteral("Heading & more"), {}};
    section.blocks
        << DocumentBlock::paragraph(QStringLiteral("Unnumbered\nsecond line"))
        << DocumentBlock::paragraph(QStringLiteral("Numbered paragraph"), 7)
        << DocumentBlock::keyValueTable({{QStringLiteral("Label <td>"), QStringLiteral("Value </table>")}},
                                        QStringLiteral("Caption"))
        << DocumentBlock::table({QStringLiteral("Col A"), QStringLiteral("Col B")},
                                {{QStringLiteral("a1 &lt;"), QStringLiteral("b1")}, {QStringLiteral("a2")}})
        << DocumentBlock::bulletList({QStringLiteral("first <li>"), QStringLiteral("second")});
    doc.sections << section;
    doc.signature = {QStringLiteral("Signer"), QStringLiteral("Capacity"), QStringLiteral("Place"),
                     QStringLiteral("1 May 2024")};
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writePdfOrFail(doc, dir, QStringLiteral("blocks.pdf"));
    expectValidPdf(path);
    const QStringList pages = pdfPages(path);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(pages.first().startsWith(QStringLiteral("R-1 "))) << "no pattern: the reference alone";
    EXPECT_TRUE(pages.first().contains(QRegularExpression(QStringLiteral("1 ?/ ?1$"))))
        << "no pattern: the numbers alone";
    const QString all = pages.first();
    for (const char *expected : {"Title <of> the letter", "Heading & more", "Unnumbered second line",
                                 "7. Numbered paragraph", "Caption", "Label <td>", "Value </table>", "Col A",
                                 "a1 &lt;", "first <li>", "Signer", "Capacity", "Place, 1 May 2024"}) {
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << " in " << all.toStdString();
    }
}

TEST(PdfExport, MissingDirectoryFailsAndLeavesNothingBehind)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/letter.pdf"));
    const Result<void> written = writePdf(compose(fullRequest()), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(path)) << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("missing"))).exists());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST(PdfExport, IsValidPdfA1bForPreflight)
{
    if (!mla::test::hasPreflight()) {
        GTEST_SKIP() << "java or PDFBox Preflight is missing (packages openjdk-17-jre-headless, libpdfbox2-java, "
                        "libactivation-java, libjaxb-api-java)";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Request r = fullRequest();
    // Hostile metadata too: the title and reference also go into the XMP packet and Info dictionary,
    // which Preflight compares.
    set(r, "authority.reference", QStringLiteral("REF<i>&\"'") + QChar(0x202E) + QStringLiteral("Ü"));
    const QString path = writePdfOrFail(compose(r), dir, QStringLiteral("preflight.pdf"));
    const QString classPath = mla::test::preflightClassPath();
    const auto out = runProgram(QStringLiteral("java"),
                                {QStringLiteral("-cp"), classPath,
                                 QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), path});
    ASSERT_TRUE(out.started);
    EXPECT_TRUE(out.standardOutput.contains("is a valid PDF/A-1b file"))
        << out.standardOutput.toStdString() << out.standardError.toStdString();
}

} // namespace
