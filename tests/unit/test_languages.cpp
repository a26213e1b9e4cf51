// The six output languages of the letter: phrase sets and form labels as data, ICU country names
// and dates, free text and names as typed, Latin transcription on request, the fields still to be
// translated, bilingual letters, glyph coverage, golden document texts of every demo request in
// every language, and the PDF of each checked with qpdf, pdffonts, pdftotext and PDFBox Preflight.
//
// Golden files live in tests/golden/documents/<type>.<language>.txt. After an intended change to
// phrases, labels, the composer or the demo data, regenerate them with MLA_UPDATE_GOLDEN=1 and
// review the diff like code.
#include "demo/democase.h"
#include "export/documenttext.h"
#include "export/fontregistry.h"
#include "export/glyphcoverage.h"
#include "export/lettercomposer.h"
#include "export/letterlanguage.h"
#include "export/pdfwriter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QResource>
#include <QSet>
#include <QTemporaryDir>

using namespace mla::core;
using mla::test::hasProgram;
using mla::test::runProgram;

namespace {

const QDate kToday(2026, 11, 28);
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")};
const QString kReviewMark = QStringLiteral("Translation to be reviewed by a qualified translator");

LetterPhrases phrases(const QString &language)
{
    const Result<LetterPhrases> loaded = LetterPhrases::forLanguage(language);
    EXPECT_TRUE(loaded.ok()) << language.toStdString() << ": "
                             << (loaded.ok() ? "" : loaded.error().message.toStdString());
    return loaded.ok() ? *loaded : LetterPhrases();
}

RequestForm form(const QString &type)
{
    const Result<RequestForm> loaded = RequestForm::builtIn(type);
    EXPECT_TRUE(loaded.ok()) << type.toStdString();
    return loaded.ok() ? *loaded : RequestForm();
}

Request demo(const QString &type)
{
    const Result<Request> request = DemoCase::request(type, kToday);
    EXPECT_TRUE(request.ok()) << type.toStdString();
    return request.ok() ? *request : Request();
}

ComposedDocument compose(const Request &request, const QString &language, const LetterOptions &options = {})
{
    const Result<ComposedDocument> doc = composeLetter(request, form(request.typeId), phrases(language), options);
    EXPECT_TRUE(doc.ok()) << request.typeId.toStdString() << " in " << language.toStdString() << ": "
                          << (doc.ok() ? "" : doc.error().message.toStdString());
    return doc.ok() ? *doc : ComposedDocument();
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

/// Every built-in form, and every shared step file wrapped in a form of its own, so that a step
/// no form uses yet is covered too.
QList<RequestForm> allForms()
{
    QList<RequestForm> forms;
    for (const QString &type : RequestForm::builtInTypeIds()) {
        forms << form(type);
    }
    const QStringList steps =
        QDir(RequestForm::builtInStepsFolder()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : steps) {
        const QByteArray json = QStringLiteral(R"({"formatVersion": 1, "type": "step.%1", "family": "step",
            "title": "Request for mutual legal assistance", "steps": [{"use": "%1"}]})")
                                    .arg(file.chopped(5))
                                    .toUtf8();
        const Result<RequestForm> wrapped = RequestForm::fromJson(json, file, RequestForm::builtInStepsFolder());
        EXPECT_TRUE(wrapped.ok()) << file.toStdString() << ": "
                                  << (wrapped.ok() ? "" : wrapped.error().message.toStdString());
        if (wrapped) {
            forms << *wrapped;
        }
    }
    return forms;
}

QString normalizedText(QString text)
{
    // pdftotext gives Arabic presentation forms and CJK compatibility radicals (人 as U+2F08),
    // which NFKC folds back; it also wraps right-to-left runs in embedding controls.
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"));
    text.remove(controls);
    return text.simplified();
}

/// Where a test writes its PDFs: MLA_TEST_PDF_DIR keeps them for a look (pdftoppm -r 60 -png),
/// otherwise they go with @p temporary.
QDir pdfDir(const QTemporaryDir &temporary)
{
    const QString keep = qEnvironmentVariable("MLA_TEST_PDF_DIR");
    QDir().mkpath(keep);
    return QDir(keep.isEmpty() ? temporary.path() : keep);
}


// --- phrase sets and labels -------------------------------------------------------------------

TEST(LetterPhrases, EveryLanguageLoadsWithItsMetadata)
{
    EXPECT_EQ(LetterPhrases::availableLanguages(), kLanguages);
    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const LetterPhrases p = phrases(language);
        EXPECT_EQ(p.language, language);
        EXPECT_EQ(p.rightToLeft, language == QLatin1String("ar"));
        EXPECT_FALSE(p.name.isEmpty());
        EXPECT_EQ(p.numberingSystem, QStringLiteral("latn"));
        if (language == QLatin1String("en")) {
            EXPECT_TRUE(p.review.isEmpty());
            EXPECT_FALSE(p.formLabels.translates());
        } else {
            EXPECT_EQ(p.review, kReviewMark);
            EXPECT_EQ(p.formLabels.review(), kReviewMark);
            EXPECT_EQ(p.formLabels.language(), language);
        }
        for (const auto &[key, text] : p.texts()) {
            EXPECT_FALSE(text.trimmed().isEmpty()) << key.toStdString();
        }
    }
}

TEST(LetterPhrases, TheReviewMarkIsNeverPrinted)
{
    for (const QString &type : DemoCase::typeIds()) {
        for (const QString &language : kLanguages) {
            const QString text = documentToText(compose(demo(type), language));
            EXPECT_FALSE(text.contains(QStringLiteral("review"), Qt::CaseInsensitive))
                << type.toStdString() << " " << language.toStdString();
        }
    }
}

TEST(LetterPhrases, NonEnglishSetsAreTranslations)
{
    // Phrases that may read the same as in English: placeholder patterns and a few words that
    // the languages share.
    const QHash<QString, QSet<QString>> same = {
        {QStringLiteral("fr"),
         {QStringLiteral("urgentMarking"), QStringLiteral("headingContact"), QStringLiteral("headingAnnexes"),
          QStringLiteral("annexPages"), QStringLiteral("annexPagesOne")}},
    };
    const LetterPhrases en = phrases(QStringLiteral("en"));
    for (const QString &language : kLanguages.mid(1)) {
        const auto texts = phrases(language).texts();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString english = en.texts().at(i).second;
            const bool hasWords = english.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
            if (hasWords && !same.value(language).contains(texts.at(i).first)) {
                EXPECT_NE(texts.at(i).second, english) << language.toStdString() << " "
                                                      << texts.at(i).first.toStdString() << " is not translated";
            }
        }
    }
}

TEST(LetterPhrases, RejectsABrokenTranslation)
{
    QFile file(QStringLiteral(":/templates/phrases/fr.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"Page %1 sur %2\"", "\"Page %1\"");
    const Result<LetterPhrases> broken = LetterPhrases::fromJson(json, QStringLiteral("fr.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::MalformedTemplate);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("/phrases/pageNumberPattern")))
        << broken.error().message.toStdString();

    const Result<LetterPhrases> unknown = LetterPhrases::forLanguage(QStringLiteral("de"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("en, fr, es, ar, ru, zh")));
}

TEST(FormLabels, EveryLabelOfEveryFormHasATranslation)
{
    // Fails naming each label without a translation, so a form added later is caught here.
    const QList<RequestForm> forms = allForms();
    ASSERT_GE(forms.size(), 2);
    for (const QString &language : kLanguages.mid(1)) {
        const LetterPhrases p = phrases(language);
        QStringList missing;
        for (const RequestForm &f : forms) {
            missing << p.formLabels.missingTranslations(f);
        }
        missing.removeDuplicates();
        EXPECT_TRUE(missing.isEmpty()) << "templates/forms/i18n/" << language.toStdString()
                                       << ".json lacks:\n  " << missing.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(FormLabels, ATranslatedFormChangesWordsOnly)
{
    const Result<FormLabels> french = FormLabels::forLanguage(QStringLiteral("fr"));
    ASSERT_TRUE(french.ok());
    for (const QString &type : RequestForm::builtInTypeIds()) {
        const RequestForm english = form(type);
        const RequestForm shown = french->translatedForm(english);
        EXPECT_EQ(shown.typeId(), english.typeId());
        EXPECT_EQ(shown.title(), french->formTitle(english));
        ASSERT_EQ(shown.steps().size(), english.steps().size());
        for (qsizetype s = 0; s < english.steps().size(); ++s) {
            const FormStep &a = english.steps().at(s);
            const FormStep &b = shown.steps().at(s);
            EXPECT_EQ(b.id, a.id);
            EXPECT_EQ(b.collection, a.collection);
            EXPECT_EQ(b.title, french->stepTitle(english, a));
            EXPECT_EQ(b.help, french->helpText(a.help));
            ASSERT_EQ(b.fields.size(), a.fields.size());
            for (qsizetype f = 0; f < a.fields.size(); ++f) {
                EXPECT_EQ(b.fields.at(f).key, a.fields.at(f).key);
                EXPECT_EQ(b.fields.at(f).kind, a.fields.at(f).kind);
                EXPECT_EQ(b.fields.at(f).label, french->fieldLabel(english, a, a.fields.at(f)));
                EXPECT_EQ(b.fields.at(f).help, french->helpText(a.fields.at(f).help));
                ASSERT_EQ(b.fields.at(f).options.size(), a.fields.at(f).options.size());
                for (qsizetype o = 0; o < a.fields.at(f).options.size(); ++o) {
                    EXPECT_EQ(b.fields.at(f).options.at(o).value, a.fields.at(f).options.at(o).value);
                }
            }
        }
    }
    const RequestForm general = french->translatedForm(form(QStringLiteral("mla.general")));
    EXPECT_EQ(general.steps().constFirst().title, QStringLiteral("Autorité requérante"));
    EXPECT_EQ(general.steps().constFirst().help,
              QStringLiteral("Qui demande l’entraide et comment l’État requis peut vous joindre."));
    EXPECT_EQ(FormLabels().translatedForm(general).steps().constFirst().title, QStringLiteral("Autorité requérante"))
        << "English labels leave a form as it is";
}

TEST(FormLabels, FrenchTranslatesEveryHelpText)
{
    // Help texts are shown in the editor, never printed: the interface languages translate them.
    const Result<FormLabels> french = FormLabels::forLanguage(QStringLiteral("fr"));
    ASSERT_TRUE(french.ok());
    QStringList missing;
    for (const RequestForm &f : allForms()) {
        missing << french->missingHelp(f);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(french->helpText(QStringLiteral("A help text no form has")), QStringLiteral("A help text no form has"));
}

TEST(FormLabels, NoTranslationIsStale)
{
    const QList<RequestForm> forms = allForms();
    for (const QString &language : kLanguages.mid(1)) {
        const QStringList unused = phrases(language).formLabels.unusedEntries(forms);
        EXPECT_TRUE(unused.isEmpty()) << "templates/forms/i18n/" << language.toStdString()
                                      << ".json has entries no form uses:\n  "
                                      << unused.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(FormLabels, AContextOverridesTheSharedTranslation)
{
    const Result<FormLabels> labels = FormLabels::fromJson(R"({"formatVersion": 1, "language": "es",
        "labels": {"Other": "Otro", "Role": "Condición"},
        "contexts": {"persons/role": {"Other": "Otra condición"}}})",
                                                           QStringLiteral("es.json"));
    ASSERT_TRUE(labels.ok()) << labels.error().message.toStdString();
    const RequestForm general = form(QStringLiteral("mla.general"));
    const FormStep *persons = general.stepForCollection(QStringLiteral("persons"));
    ASSERT_NE(persons, nullptr);
    const FieldDefinition *role = persons->field(QStringLiteral("role"));
    ASSERT_NE(role, nullptr);
    EXPECT_EQ(labels->fieldLabel(general, *persons, *role), QStringLiteral("Condición"));
    EXPECT_EQ(labels->optionLabel(general, *persons, *role, QStringLiteral("other")), QStringLiteral("Otra condición"));
    EXPECT_EQ(labels->optionLabel(general, *persons, *role, QStringLiteral("typedBefore")),
              QStringLiteral("typedBefore"));
    EXPECT_TRUE(labels->unusedEntries({general}).isEmpty());

    const Result<FormLabels> broken = FormLabels::fromJson(R"({"language": "es", "labels": {"Role": ""}})",
                                                           QStringLiteral("broken.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("/labels/Role")));
}

// --- glyph coverage ----------------------------------------------------------------------------

TEST(GlyphCoverage, AgreesWithQtsFontEngine)
{
    for (const BundledFont &font : FontRegistry::bundledFonts()) {
        SCOPED_TRACE(font.resource.toStdString());
        const QByteArray data = QResource(font.resource).uncompressedData();
        const Result<GlyphCoverage> coverage = GlyphCoverage::fromFont(QByteArrayView(data));
        ASSERT_TRUE(coverage.ok());
        const QRawFont raw(data, 12);
        ASSERT_TRUE(raw.isValid());
        int differences = 0;
        // The Basic Multilingual Plane, the symbols and emoji planes' blocks, and the CJK extension B
        // and beyond that the CJK face partly covers.
        const std::pair<char32_t, char32_t> ranges[] = {{0x20, 0xD7FF}, {0xE000, 0xFFFD}, {0x1F000, 0x1FAFF},
                                                        {0x20000, 0x2FFFF}};
        for (const auto &[first, last] : ranges) {
            for (char32_t c = first; c <= last && differences < 5; ++c) {
                if (coverage->contains(c) != raw.supportsCharacter(c)) {
                    ++differences;
                    ADD_FAILURE() << "U+" << std::hex << static_cast<uint>(c) << ": cmap " << coverage->contains(c)
                                  << ", QRawFont " << raw.supportsCharacter(c);
                }
            }
        }
    }
    const GlyphCoverage &bundled = GlyphCoverage::bundled();
    EXPECT_TRUE(bundled.contains(U'A') && bundled.contains(U'Ж') && bundled.contains(U'ع') && bundled.contains(U'中'));
    EXPECT_FALSE(bundled.contains(0x1F600));
    EXPECT_GT(bundled.size(), 40000);
}

TEST(FontRegistry, EveryLetterNamesEveryBundledFamily)
{
    const QString serif = QStringLiteral("MLA Noto Serif");
    const QString naskh = QStringLiteral("MLA Noto Naskh Arabic");
    const QString cjk = QStringLiteral("MLA Noto Sans CJK SC");
    for (const QString &language : kLanguages) {
        const Result<QStringList> chain = FontRegistry::familiesFor(language);
        ASSERT_TRUE(chain.ok()) << chain.error().message.toStdString();
        // Every bundled family, so that no character needs a system font; Latin text, digits and
        // punctuation from Noto Serif, whose glyphs keep their text in the PDF.
        const QStringList expected = language == QLatin1String("zh") ? QStringList{serif, cjk, naskh}
                                                                       : QStringList{serif, naskh, cjk};
        EXPECT_EQ(*chain, expected) << language.toStdString();
    }
}

TEST(PdfLanguages, DigitsAndPunctuationKeepTheirTextInArabicAndChinese)
{
    REQUIRE_TOOL("pdftotext");
    Request r = demo(QStringLiteral("mla.general"));
    r.values[QStringLiteral("facts.summary")] = QStringLiteral("Paid 14.2 million on 3 May, 2024: see note 7.");
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("zh")}) {
        const QString path = pdfDir(temporary).filePath(QStringLiteral("digits.%1.pdf").arg(language));
        ASSERT_TRUE(writePdf(compose(r, language), path).ok());
        const auto out = runProgram(QStringLiteral("pdftotext"),
                                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        const QString text = normalizedText(QString::fromUtf8(out.standardOutput));
        EXPECT_TRUE(text.contains(QStringLiteral("Paid 14.2 million on 3 May, 2024: see note 7.")))
            << language.toStdString() << ": " << text.toStdString();
    }
}

TEST(GlyphCoverage, FixedTextOfEveryLanguagePrints)
{
    const GlyphCoverage &coverage = GlyphCoverage::bundled();
    const QList<RequestForm> forms = allForms();
    for (const QString &language : kLanguages) {
        const LetterPhrases p = phrases(language);
        QStringList texts = {p.name};
        for (const auto &[key, text] : p.texts()) {
            texts << text;
        }
        for (const RequestForm &f : forms) {
            texts << p.formLabels.formTitle(f);
            for (const FormStep &step : f.steps()) {
                texts << p.formLabels.stepTitle(f, step) << p.formLabels.itemLabel(f, step);
                for (const FieldDefinition &field : step.fields) {
                    texts << p.formLabels.fieldLabel(f, step, field);
                    for (const ChoiceOption &option : field.options) {
                        texts << p.formLabels.optionLabel(f, step, field, option.value);
                    }
                }
            }
        }
        for (const QString &text : std::as_const(texts)) {
            const auto missing = coverage.firstMissing(text);
            EXPECT_FALSE(missing.has_value())
                << language.toStdString() << ": " << GlyphCoverage::describe(missing.value_or(0)).toStdString()
                << " in \"" << text.toStdString() << "\"";
        }
    }
}

TEST(GlyphCoverage, CountryNamesAndDatesOfEveryLanguagePrint)
{
    // Every territory code Qt knows, as a requested state, in every language's ICU names.
    Request r;
    r.typeId = QStringLiteral("mla.general");
    r.values.insert(QStringLiteral("signature.date"), QStringLiteral("2024-03-05"));
    QStringList codes;
    for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (code.size() == 2) {
            codes << code;
        }
    }
    ASSERT_GT(codes.size(), 200);
    for (const QString &language : kLanguages) {
        Request withAll = r;
        QList<CollectionItem> persons;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            persons << item(i + 1, {{"nationality", codes.at(i)}});
        }
        withAll.collections.insert(QStringLiteral("persons"), persons);
        const ComposedDocument doc = compose(withAll, language);
        const QString text = documentToText(doc);
        const auto missing = GlyphCoverage::bundled().firstMissing(text);
        EXPECT_FALSE(missing.has_value())
            << language.toStdString() << ": " << GlyphCoverage::describe(missing.value_or(0)).toStdString();
    }
}

TEST(GlyphCoverage, AnUnprintableCharacterNamesTheFieldAndTheCharacter)
{
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    Request r = demo(QStringLiteral("mla.general"));
    r.values[QStringLiteral("facts.summary")] += QStringLiteral(" ") + emoji;
    Result<ComposedDocument> doc = composeLetter(r, form(r.typeId), phrases(QStringLiteral("fr")));
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::Export);
    const QString message = doc.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("U+1F600 (") + emoji + QLatin1Char(')'))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("\"Summary of facts, Summary of the relevant facts\"")))
        << message.toStdString();

    // An entry is named by its position; a second bad field is counted.
    Request persons = demo(QStringLiteral("mla.general"));
    QList<CollectionItem> &entries = persons.collections[QStringLiteral("persons")];
    ASSERT_GE(entries.size(), 2);
    entries[1].values[QStringLiteral("familyName")] = QStringLiteral("Dem") + QString::fromUcs4(U"\U0001F480");
    persons.values[QStringLiteral("facts.place")] = QString::fromUcs4(U"\U0001F3E0");
    const Result<void> printable = checkPrintable(persons, form(persons.typeId));
    ASSERT_FALSE(printable.ok());
    EXPECT_TRUE(printable.error().message.contains(QStringLiteral("\"Summary of facts, Where\"")))
        << printable.error().message.toStdString();
    EXPECT_TRUE(printable.error().message.contains(QStringLiteral("1 more field")));
    const QList<UnprintableCharacter> found = findUnprintable(persons, form(persons.typeId));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).field.key, QStringLiteral("facts.place"));
    EXPECT_EQ(found.at(1).fieldName, QStringLiteral("Persons concerned, entry 2, Family name"));
    EXPECT_EQ(found.at(1).field, (FieldRef{QStringLiteral("persons"), entries.at(1).id, QStringLiteral("familyName")}));
    EXPECT_EQ(found.at(1).character, U'\U0001F480');

    // Not printed, so not checked: a hidden field, and control characters the writers drop.
    Request hidden = demo(QStringLiteral("mla.general"));
    hidden.values[QStringLiteral("confidentiality.required")] = QStringLiteral("false");
    hidden.values[QStringLiteral("confidentiality.reasons")] = emoji;
    hidden.values[QStringLiteral("facts.place")] = QStringLiteral("Lyon\x01") + QChar(0x202E);
    EXPECT_TRUE(checkPrintable(hidden, form(hidden.typeId)).ok());
}

TEST(GlyphCoverage, ThePdfWriterRefusesWhatNoFontHas)
{
    ComposedDocument doc;
    doc.title = QStringLiteral("Letter");
    doc.sections << DocumentSection{QStringLiteral("Facts"),
                                    {DocumentBlock::paragraph(QStringLiteral("A ") + QString::fromUcs4(U"\U0001F600"))}};
    const Result<QByteArray> pdf = renderPdf(doc);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, ErrorCode::Export);
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("U+1F600")));
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("\"Facts\""))) << pdf.error().message.toStdString();
}

// --- the letter in each language -----------------------------------------------------------------

TEST(LetterLanguages, CountryNamesAndDatesFollowTheLanguage)
{
    Request r = demo(QStringLiteral("mla.general"));
    r.values[QStringLiteral("addressee.state")] = QStringLiteral("EG");
    r.values[QStringLiteral("signature.date")] = QStringLiteral("2024-03-05");
    const QHash<QString, std::pair<QString, QString>> expected = {
        {QStringLiteral("en"), {QStringLiteral("\nEgypt\n"), QStringLiteral("5 March 2024")}},
        {QStringLiteral("fr"), {QStringLiteral("\nÉgypte\n"), QStringLiteral("5 mars 2024")}},
        {QStringLiteral("es"), {QStringLiteral("\nEgipto\n"), QStringLiteral("5 de marzo de 2024")}},
        {QStringLiteral("ar"), {QStringLiteral("\nمصر\n"), QStringLiteral("5 مارس 2024")}},
        {QStringLiteral("ru"), {QStringLiteral("\nЕгипет\n"), QStringLiteral("5 марта 2024\u202fг.")}},
        {QStringLiteral("zh"), {QStringLiteral("\n埃及\n"), QStringLiteral("2024年3月5日")}},
    };
    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const ComposedDocument doc = compose(r, language);
        EXPECT_EQ(doc.language, language);
        EXPECT_EQ(doc.rightToLeft, language == QLatin1String("ar"));
        EXPECT_EQ(doc.signature.date, expected.value(language).second);
        const QString text = documentToText(doc);
        EXPECT_TRUE(text.contains(expected.value(language).first)) << text.toStdString();
        EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
    }
    // The state in the letter's sentences: Egypt in the opening of every language.
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("fr"))).contains(QStringLiteral("de l’État requis (Égypte)")));
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("ru")))
                    .contains(QStringLiteral("компетентные органы запрашиваемого государства (Египет)")));
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("zh"))).contains(QStringLiteral("恳请埃及主管机关")));
}

TEST(LetterLanguages, TheNumberingSystemIsConfigurable)
{
    Request r = demo(QStringLiteral("mla.general"));
    r.values[QStringLiteral("signature.date")] = QStringLiteral("2024-03-05");
    LetterOptions arabicDigits;
    arabicDigits.numberingSystem = QStringLiteral("arab");
    EXPECT_EQ(compose(r, QStringLiteral("ar"), arabicDigits).signature.date, QStringLiteral("٥ مارس ٢٠٢٤"));
    LetterPhrases chineseDigits = phrases(QStringLiteral("zh"));
    chineseDigits.numberingSystem = QStringLiteral("hanidec");
    const Result<ComposedDocument> doc = composeLetter(r, form(r.typeId), chineseDigits);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->signature.date, QStringLiteral("二〇二四年三月五日"));
}

TEST(LetterLanguages, FixedTextLabelsAndChoicesAreTranslated)
{
    const Request r = demo(QStringLiteral("mla.general"));
    const RequestForm general = form(r.typeId);
    for (const QString &language : kLanguages.mid(1)) {
        SCOPED_TRACE(language.toStdString());
        const LetterPhrases p = phrases(language);
        const ComposedDocument doc = compose(r, language);
        EXPECT_EQ(doc.title, p.title);
        QStringList headings;
        for (const DocumentSection &section : doc.sections) {
            headings << section.heading;
        }
        EXPECT_TRUE(headings.contains(p.headingPersons));
        EXPECT_TRUE(headings.contains(p.headingMeasures));
        const QString text = documentToText(doc);
        EXPECT_TRUE(text.contains(p.formLabels.optionLabel(general, *general.stepForCollection(QStringLiteral("measures")),
                                                           *general.field(QStringLiteral("measures"), QStringLiteral("kind")),
                                                           QStringLiteral("bankRecords"))));
        // No English label is left: no row is labelled in English where the language has other words.
        QSet<QString> english;
        for (const FormStep &step : general.steps()) {
            for (const FieldDefinition &field : step.fields) {
                if (p.formLabels.fieldLabel(general, step, field) != field.label) {
                    english.insert(field.label);
                }
            }
        }
        for (const DocumentSection &section : doc.sections) {
            for (const DocumentBlock &block : section.blocks) {
                for (const KeyValueRow &row : block.rows) {
                    EXPECT_FALSE(english.contains(row.label)) << row.label.toStdString();
                }
            }
        }
    }
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("fr"))).contains(QStringLiteral("Personne n°\u00a01\u00a0: Suspect")));
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("ar"))).contains(QStringLiteral("الشخص رقم 1: مشتبه فيه")));
}

TEST(LetterLanguages, OtherRequestTypesAreTitledByTheirTranslatedForm)
{
    const Request r = demo(QStringLiteral("extradition.prosecution"));
    EXPECT_EQ(compose(r, QStringLiteral("fr")).title, QStringLiteral("Demande d’extradition aux fins de poursuites"));
    EXPECT_EQ(compose(r, QStringLiteral("zh")).title, QStringLiteral("为起诉的引渡请求书"));
    EXPECT_EQ(compose(r, QStringLiteral("en")).title, form(r.typeId).title());
}

TEST(LetterLanguages, TheOpeningAsksForWhatTheRequestIsFor)
{
    // The first numbered paragraph carries the operative request of each kind of letter.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}) {
        const LetterPhrases words = phrases(language);
        for (const QString &type : RequestForm::builtInTypeIds()) {
            const QString family = form(type).family();
            const QString expected = type == QLatin1String("extradition.provisionalArrest") ? words.purposeProvisionalArrest
                                     : family == QLatin1String("extradition")              ? words.purposeExtradition
                                     : family == QLatin1String("confiscation")             ? words.purposeConfiscation
                                     : family == QLatin1String("transfer")                 ? words.purposeTransfer
                                                                                           : words.purposeMla;
            const ComposedDocument doc = compose(demo(type), language);
            QString opening;
            for (const DocumentSection &section : doc.sections) {
                for (const DocumentBlock &block : section.blocks) {
                    if (block.number == 1) {
                        opening = block.text;
                    }
                }
            }
            EXPECT_FALSE(expected.isEmpty());
            EXPECT_TRUE(opening.contains(expected)) << type.toStdString() << " in " << language.toStdString() << ": "
                                                    << opening.toStdString();
        }
    }
    EXPECT_NE(phrases(QStringLiteral("en")).purposeExtradition, phrases(QStringLiteral("en")).purposeMla);
}

TEST(LetterLanguages, FreeTextAndNamesArePrintedAsTyped)
{
    Request r = demo(QStringLiteral("mla.general"));
    const QString facts = r.value(QStringLiteral("facts.summary")).trimmed();
    const QString firstParagraph = facts.section(QStringLiteral("\n\n"), 0, 0).trimmed();
    QList<CollectionItem> &persons = r.collections[QStringLiteral("persons")];
    persons[0].values[QStringLiteral("familyName")] = QStringLiteral("Сидоров");
    persons[0].values[QStringLiteral("givenNames")] = QStringLiteral("Иван Петрович");
    persons[1].values[QStringLiteral("familyName")] = QStringLiteral("张");
    persons[1].values[QStringLiteral("givenNames")] = QStringLiteral("伟");
    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const QString text = documentToText(compose(r, language));
        EXPECT_TRUE(text.contains(firstParagraph));
        EXPECT_TRUE(text.contains(QStringLiteral("\tСидоров\n")));
        EXPECT_TRUE(text.contains(QStringLiteral("\tИван Петрович\n")));
        EXPECT_TRUE(text.contains(QStringLiteral("\t张\n")));
        EXPECT_TRUE(text.contains(r.value(QStringLiteral("authority.name"))));
        EXPECT_FALSE(text.contains(QStringLiteral("Sidorov"))) << "no transcription unless asked";
    }
}

TEST(LetterLanguages, ALatinTranscriptionIsAddedWhenAsked)
{
    Request r = demo(QStringLiteral("mla.general"));
    QList<CollectionItem> &persons = r.collections[QStringLiteral("persons")];
    persons[0].values[QStringLiteral("familyName")] = QStringLiteral("Сидоров");
    persons[0].values[QStringLiteral("givenNames")] = QStringLiteral("Иван Петрович");
    persons[1].values[QStringLiteral("familyName")] = QStringLiteral("单");
    persons[1].values[QStringLiteral("givenNames")] = QStringLiteral("雄信");
    r.values[QStringLiteral("signature.name")] = QStringLiteral("Олександр Шевченко");
    LetterOptions options;
    options.latinTranscription = true;
    const ComposedDocument en = compose(r, QStringLiteral("en"), options);
    const QString text = documentToText(en);
    EXPECT_TRUE(text.contains(QStringLiteral("\tСидоров (Sidorov)\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\tИван Петрович (Ivan Petrovich)\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\t单 (Shan)\n"))) << "surname reading";
    EXPECT_EQ(en.signature.name, QStringLiteral("Олександр Шевченко (Oleksandr Shevchenko)"));
    EXPECT_TRUE(text.contains(QStringLiteral("\t") + r.value(QStringLiteral("authority.contactPerson")) +
                              QLatin1Char('\n')))
        << "a name in Latin script gets nothing added";
    EXPECT_TRUE(documentToText(compose(r, QStringLiteral("zh"), options)).contains(QStringLiteral("\t单（Shan）\n")));

    EXPECT_EQ(latinTranscription(QStringLiteral("Иван Петрович Сидоров")), QStringLiteral("Ivan Petrovich Sidorov"));
    EXPECT_EQ(latinTranscription(QStringLiteral("Олександр Шевченко")), QStringLiteral("Oleksandr Shevchenko"));
    EXPECT_EQ(latinTranscription(QStringLiteral("王小明")), QStringLiteral("Wang Xiao Ming"));
    EXPECT_EQ(latinTranscription(QStringLiteral("Γιώργος Παπαδόπουλος")), QStringLiteral("Giorgos Papadopoulos"));
    EXPECT_FALSE(latinTranscription(QStringLiteral("محمد عبد الله")).isEmpty());
    EXPECT_TRUE(latinTranscription(QStringLiteral("Müller-Lüdenscheidt")).isEmpty());
    EXPECT_TRUE(latinTranscription(QString()).isEmpty());
}

TEST(LetterLanguages, FieldsNeedingTranslation)
{
    const Request r = demo(QStringLiteral("mla.general"));
    const RequestForm general = form(r.typeId);
    ASSERT_EQ(draftingLanguage(r), QStringLiteral("en"));
    EXPECT_TRUE(fieldsNeedingTranslation(r, general, QStringLiteral("en")).isEmpty());
    const QList<FieldRef> fields = fieldsNeedingTranslation(r, general, QStringLiteral("fr"));
    QStringList keys;
    for (const FieldRef &ref : fields) {
        keys << (ref.isScalar() ? ref.key : ref.collection + QLatin1Char('/') + ref.key);
        EXPECT_FALSE(r.valueAt(ref).trimmed().isEmpty()) << ref.toString().toStdString();
    }
    for (const char *expected : {"facts.summary", "authority.name", "measures/description", "measures/nexus",
                                 "offences/qualification", "persons/address", "annexes/title"}) {
        EXPECT_TRUE(keys.contains(QString::fromLatin1(expected))) << expected;
    }
    for (const char *notExpected :
         {"persons/familyName", "persons/givenNames", "signature.name", "authority.contactPerson",
          "authority.reference", "authority.email", "authority.phone", "addressee.state", "addressee.channel",
          "persons/dateOfBirth", "persons/nationality", "persons/role", "measures/coercive", "measures/identifiers",
          "language.translation", "annexes/pages", "urgency.isUrgent"}) {
        EXPECT_FALSE(keys.contains(QString::fromLatin1(notExpected))) << notExpected;
    }
    // In the form's order, entries in their order.
    EXPECT_LT(keys.indexOf(QStringLiteral("authority.name")), keys.indexOf(QStringLiteral("facts.summary")));

    Request french = r;
    french.values[QStringLiteral("language.letter")] = QStringLiteral("fr");
    EXPECT_TRUE(fieldsNeedingTranslation(french, general, QStringLiteral("fr")).isEmpty());
    EXPECT_EQ(fieldsNeedingTranslation(french, general, QStringLiteral("en")).size(), fields.size());
    Request unset = r;
    unset.values.remove(QStringLiteral("language.letter"));
    EXPECT_EQ(draftingLanguage(unset), QStringLiteral("en"));
    EXPECT_EQ(fieldDisplayName(r, general, fields.constLast()).isEmpty(), false);
}

// --- bilingual ---------------------------------------------------------------------------------

TEST(Bilingual, SectionsPairTheTwoLanguages)
{
    const Request r = demo(QStringLiteral("mla.general"));
    const LetterPhrases fr = phrases(QStringLiteral("fr"));
    const LetterPhrases en = phrases(QStringLiteral("en"));
    const Result<ComposedDocument> doc = composeBilingual(r, form(r.typeId), fr, en);
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->language, QStringLiteral("fr"));
    EXPECT_FALSE(doc->rightToLeft);
    EXPECT_EQ(doc->title, fr.title + QLatin1Char('\n') + en.title);
    EXPECT_EQ(doc->pageNumberPattern.arg(QStringLiteral("1"), QStringLiteral("3")),
              QStringLiteral("Page 1 sur 3 / Page 1 of 3"));
    const ComposedDocument single = compose(r, QStringLiteral("fr"));
    ASSERT_EQ(doc->sections.size(), single.sections.size());
    bool personsSeen = false;
    for (const DocumentSection &section : doc->sections) {
        ASSERT_EQ(section.blocks.size(), 1);
        const DocumentBlock &table = section.blocks.first();
        EXPECT_EQ(table.kind, DocumentBlock::Kind::Table);
        for (const QStringList &row : table.cells) {
            EXPECT_EQ(row.size(), 2);
        }
        if (table.header == QStringList{fr.headingPersons, en.headingPersons}) {
            personsSeen = true;
        }
    }
    EXPECT_TRUE(personsSeen);
    // Free text as typed in both columns; labels in each column's language.
    const QString facts = r.value(QStringLiteral("facts.summary")).section(QStringLiteral("\n\n"), 0, 0).trimmed();
    int factColumns = 0;
    for (const DocumentSection &section : doc->sections) {
        for (const QStringList &row : section.blocks.first().cells) {
            for (const QString &cell : row) {
                factColumns += cell.contains(facts) ? 1 : 0;
            }
        }
    }
    EXPECT_EQ(factColumns, 2);
    const QString text = documentToText(*doc);
    EXPECT_TRUE(text.contains(QStringLiteral("Nom de famille\u00a0: Oakridge")));
    EXPECT_TRUE(text.contains(QStringLiteral("Family name: Oakridge")));
}

TEST(Bilingual, ArabicAndEnglishPdfCarriesBothLanguages)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdftotext");
    const Request r = demo(QStringLiteral("mla.general"));
    const LetterPhrases ar = phrases(QStringLiteral("ar"));
    const LetterPhrases en = phrases(QStringLiteral("en"));
    const Result<ComposedDocument> doc = composeBilingual(r, form(r.typeId), ar, en);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rightToLeft);
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QString path = pdfDir(temporary).filePath(QStringLiteral("mla.general.ar+en.pdf"));
    const Result<void> written = writePdf(*doc, path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
    const auto text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                               QStringLiteral("-")});
    const QString all = normalizedText(QString::fromUtf8(text.standardOutput));
    EXPECT_TRUE(all.contains(normalizedText(ar.headingFacts))) << all.toStdString();
    EXPECT_TRUE(all.contains(en.headingFacts));
    EXPECT_TRUE(all.contains(en.headingPersons));
}

// --- canonical text and golden files ----------------------------------------------------------

TEST(DocumentText, CanonicalForm)
{
    ComposedDocument doc;
    doc.title = QStringLiteral("Title");
    doc.reference = QStringLiteral("R-1");
    doc.referencePattern = QStringLiteral("Our reference: %1");
    doc.confidentialityMarking = QStringLiteral("CONFIDENTIAL");
    doc.priorityMarking = QStringLiteral("URGENT");
    doc.sections << DocumentSection{QString(), {DocumentBlock::paragraph(QStringLiteral("Address\nline 2  "))}}
                 << DocumentSection{QStringLiteral("Heading"),
                                    {DocumentBlock::paragraph(QStringLiteral("Numbered"), 3),
                                     DocumentBlock::keyValueTable({{QStringLiteral("Label"), QStringLiteral("Value")}},
                                                                  QStringLiteral("Caption")),
                                     DocumentBlock::table({QStringLiteral("A"), QStringLiteral("B")},
                                                          {{QStringLiteral("a1"), QStringLiteral("b1\x01")}}),
                                     DocumentBlock::bulletList({QStringLiteral("one"), QStringLiteral("two")})}};
    doc.signature = {QStringLiteral("Name"), QStringLiteral("Capacity"), QStringLiteral("Place"), QStringLiteral("Date")};
    EXPECT_EQ(documentToText(doc).toStdString(),
              "Title\nCONFIDENTIAL \u2014 URGENT\nOur reference: R-1\n\nAddress\nline 2\n\nHeading\n3. Numbered\n"
              "Caption\nLabel\tValue\nA\tB\na1\tb1\n  one\n  two\n\nPlace, Date\nName\nCapacity\n");
}

QString goldenName(const QString &type, const QString &language)
{
    return QStringLiteral("documents/%1.%2.txt").arg(type, language);
}

void compareWithGolden(const QString &name, const QString &actual, QStringList &written)
{
    const QString path = mla::test::goldenPath(name);
    written << QFileInfo(path).fileName();
    if (qEnvironmentVariableIsSet("MLA_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile expected(path);
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly))
        << "missing golden file " << path.toStdString() << " (run the test with MLA_UPDATE_GOLDEN=1)";
    EXPECT_EQ(actual.toStdString(), QString::fromUtf8(expected.readAll()).toStdString())
        << name.toStdString() << " changed";
}

TEST(GoldenDocuments, EveryDemoRequestInEveryLanguage)
{
    const QStringList types = DemoCase::typeIds();
    ASSERT_FALSE(types.isEmpty());
    QStringList written;
    for (const QString &type : types) {
        for (const QString &language : kLanguages) {
            SCOPED_TRACE((type + QLatin1Char(' ') + language).toStdString());
            compareWithGolden(goldenName(type, language), documentToText(compose(demo(type), language)), written);
        }
    }
    const Request general = demo(QStringLiteral("mla.general"));
    for (const auto &[first, second] : {std::pair{QStringLiteral("fr"), QStringLiteral("en")},
                                        std::pair{QStringLiteral("ar"), QStringLiteral("en")}}) {
        const Result<ComposedDocument> doc =
            composeBilingual(general, form(general.typeId), phrases(first), phrases(second));
        ASSERT_TRUE(doc.ok());
        compareWithGolden(QStringLiteral("documents/mla.general.%1+%2.txt").arg(first, second), documentToText(*doc),
                          written);
    }
    // A golden file no demo request produces any more is stale.
    const QStringList present = QDir(mla::test::goldenPath(QStringLiteral("documents")))
                                    .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &file : present) {
        if (!written.contains(file)) {
            if (qEnvironmentVariableIsSet("MLA_UPDATE_GOLDEN")) {
                QFile::remove(mla::test::goldenPath(QStringLiteral("documents/") + file));
            } else {
                ADD_FAILURE() << "stale golden file documents/" << file.toStdString();
            }
        }
    }
}

// --- PDF of every demo request in every language ------------------------------------------------

struct FontLine
{
    QString name;
    bool embedded = false;
};

QList<FontLine> pdfFonts(const QString &path)
{
    const auto out = runProgram(QStringLiteral("pdffonts"), {path});
    EXPECT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    QList<FontLine> fonts;
    const QStringList lines = QString::fromUtf8(out.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // name, type (may contain spaces), encoding, then: emb sub uni object-number generation
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 6) {
            fonts.append({columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes")});
        }
    }
    return fonts;
}

TEST(PdfLanguages, EveryDemoRequestInEveryLanguageIsValidPdfA)
{
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdffonts");
    REQUIRE_TOOL("pdftotext");
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QDir dir = pdfDir(temporary);
    QStringList files;
    QHash<QString, QString> languageOf;
    for (const QString &type : DemoCase::typeIds()) {
        const Request request = demo(type);
        for (const QString &language : kLanguages) {
            const QString path = dir.filePath(QStringLiteral("%1.%2.pdf").arg(type, language));
            const Result<void> written = writePdf(compose(request, language), path);
            ASSERT_TRUE(written.ok()) << path.toStdString() << ": " << written.error().message.toStdString();
            files << path;
            languageOf.insert(path, language);
        }
    }

    // PDFBox Preflight checks all files in one Java run ("group" mode reads a list of files and
    // writes one XML report beside it), started now so that it runs while the other tools do.
    const bool preflight = mla::test::hasPreflight();
    QProcess java;
    const QString list = dir.filePath(QStringLiteral("files.txt"));
    if (preflight) {
        QFile listFile(list);
        ASSERT_TRUE(listFile.open(QIODevice::WriteOnly));
        listFile.write(files.join(QLatin1Char('\n')).toUtf8() + '\n');
        listFile.close();
        const QString classPath = mla::test::preflightClassPath();
        java.start(QStringLiteral("java"), {QStringLiteral("-cp"), classPath,
                                            QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"),
                                            QStringLiteral("xml"), QStringLiteral("group"), list});
    }

    for (const QString &path : std::as_const(files)) {
        SCOPED_TRACE(QFileInfo(path).fileName().toStdString());
        const auto check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        EXPECT_EQ(check.exitCode, 0) << check.standardOutput.toStdString();
        const QList<FontLine> fonts = pdfFonts(path);
        ASSERT_FALSE(fonts.isEmpty());
        QStringList names;
        for (const FontLine &font : fonts) {
            EXPECT_TRUE(font.embedded) << font.name.toStdString();
            EXPECT_TRUE(font.name.startsWith(QStringLiteral("NotoSerif")) ||
                        font.name.startsWith(QStringLiteral("NotoNaskhArabic")) ||
                        font.name.startsWith(QStringLiteral("NotoSansCJKsc")))
                << "not a bundled font: " << font.name.toStdString();
            names << font.name;
        }
        const QString language = languageOf.value(path);
        if (language == QLatin1String("zh")) {
            EXPECT_TRUE(names.contains(QStringLiteral("NotoSansCJKsc-Regular"))) << names.join(QLatin1Char(' ')).toStdString();
        }
        if (language == QLatin1String("ar")) {
            EXPECT_TRUE(names.contains(QStringLiteral("NotoNaskhArabic-Regular")));
        }
        // The first page shows the letter's fixed heading in its language (the title for the
        // general request; the opening's lead word otherwise).
        if (path.contains(QStringLiteral("mla.general."))) {
            const auto text = runProgram(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                                          QStringLiteral("1"), path, QStringLiteral("-")});
            const QString page = normalizedText(QString::fromUtf8(text.standardOutput));
            EXPECT_TRUE(page.contains(normalizedText(phrases(language).title))) << page.toStdString();
        }
    }

    if (preflight) {
        ASSERT_TRUE(java.waitForFinished(120000));
        QFile report(list + QStringLiteral(".preflight.xml"));
        ASSERT_TRUE(report.open(QIODevice::ReadOnly)) << java.readAllStandardError().toStdString();
        const QString xml = QString::fromUtf8(report.readAll());
        EXPECT_EQ(xml.count(QStringLiteral("<isValid type=\"PDF/A1-b\">true</isValid>")), files.size()) << xml.toStdString();
    }
}

TEST(PdfLanguages, ArabicLetterReadsRightToLeftWithItsFixedHeadings)
{
    REQUIRE_TOOL("pdftotext");
    const Request r = demo(QStringLiteral("mla.general"));
    const LetterPhrases ar = phrases(QStringLiteral("ar"));
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QString path = pdfDir(temporary).filePath(QStringLiteral("ar-headings.pdf"));
    ASSERT_TRUE(writePdf(compose(r, QStringLiteral("ar")), path).ok());
    const auto out =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    const QString text = normalizedText(QString::fromUtf8(out.standardOutput));
    // Headings without the lam-alef ligature: Qt maps a ligature glyph back to one letter only, so
    // "الأشخاص" extracts without its lam (text extraction only; the print is right).
    for (const QString &heading : {ar.title, ar.headingFacts, ar.headingMeasures, ar.headingRequestingAuthority}) {
        EXPECT_TRUE(text.contains(normalizedText(heading))) << heading.toStdString();
    }
    // The header line is mirrored: the reference is printed at the right margin.
    const auto bbox = runProgram(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
    const QString boxes = QString::fromUtf8(bbox.standardOutput);
    const QRegularExpressionMatch reference = QRegularExpression(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">DEMO-2026/0142</word>"))
                                                  .match(boxes);
    ASSERT_TRUE(reference.hasMatch()) << boxes.left(2000).toStdString();
    EXPECT_GT(reference.captured(1).toDouble(), 595.0 / 2) << "the reference belongs on the right in Arabic";
}

} // namespace
