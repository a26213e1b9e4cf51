#include "export/lettercomposer.h"

#include "export/letterlanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace mla::core {

namespace {

QString fromIcu(const icu::UnicodeString &text)
{
    return QString::fromUtf16(text.getBuffer(), text.length());
}

/// User text split where the user left a blank line; each part becomes a paragraph of its own.
QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList paragraphs;
    const QStringList parts = normalized.split(blankLine, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            paragraphs << trimmed;
        }
    }
    return paragraphs;
}

Request printableRequest(const Request &typed)
{
    Request request = typed;
    for (QString &value : request.values) {
        value = printableText(value);
    }
    for (QList<CollectionItem> &items : request.collections) {
        for (CollectionItem &item : items) {
            for (QString &value : item.values) {
                value = printableText(value);
            }
        }
    }
    return request;
}

class Composer
{
public:
    Composer(const Request &request, const RequestForm &form, const LetterPhrases &phrases,
             const LetterOptions &options)
        : m_request(printableRequest(request)), m_form(form), m_phrases(phrases), m_labels(phrases.formLabels),
          m_options(options)
    {
        // Gregorian calendar and Latin digits unless asked otherwise, whatever the locale's default:
        // a court reads the date as written on the file, and some locales default to another
        // calendar (fa_IR, th_TH) or other digits (ar_EG).
        const QString numbers =
            options.numberingSystem.isEmpty() ? phrases.numberingSystem : options.numberingSystem;
        const QByteArray locale =
            (phrases.dateLocale + QStringLiteral("@calendar=gregorian;numbers=") + numbers).toLatin1();
        m_dateFormat.reset(
            icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale(locale.constData())));
        if (m_dateFormat) {
            m_dateFormat->setTimeZone(*icu::TimeZone::getGMT());
        }
    }

    ComposedDocument compose()
    {
        ComposedDocument doc;
        // The phrase set titles the general MLA letter; every other request type is titled by its form
        // (an extradition request must not be headed "mutual legal assistance").
        doc.title =
            m_request.typeId == QLatin1String("mla.general") ? m_phrases.title : m_labels.formTitle(m_form);
        doc.language = m_phrases.language;
        doc.rightToLeft = m_phrases.rightToLeft;
        doc.reference = value(QStringLiteral("authority.reference"));
        if (flag(QStringLiteral("confidentiality.required"))) {
            doc.confidentialityMarking = m_phrases.confidentialMarking;
        }
        if (flag(QStringLiteral("urgency.isUrgent"))) {
            doc.priorityMarking = m_phrases.urgentMarking;
        }
        doc.referencePattern = m_phrases.referencePattern;
        doc.pageNumberPattern = m_phrases.pageNumberPattern;
        // The letter is written in the phrases' language; the field says which one was wanted.
        markUsed(QStringLiteral("language.letter"));

        addSection(doc, QString(), addressee());
        addSection(doc, m_phrases.headingRequestingAuthority, requestingAuthority());
        addSection(doc, m_phrases.headingLegalBasis, legalBasis());
        addSection(doc, m_phrases.headingProceedings, proceedings());
        addSection(doc, m_phrases.headingFacts, facts());
        addSection(doc, m_phrases.headingOffences, offences());
        addSection(doc, m_phrases.headingPersons, persons());
        addSection(doc, m_phrases.headingMeasures, measures());
        // The parts of the letter below are composed before they are added: the steps of the form
        // that no fixed section covers (the warrant, the order to enforce, the property...) take
        // the fields nothing else has used and go here, after the measures. Those sections hold
        // tables only, so the paragraph numbers still run in the order printed.
        Blocks procedureBlocks = procedures();
        Blocks assuranceBlocks = assurances();
        Blocks urgencyBlocks = urgency();
        Blocks confidentialityBlocks = confidentiality();
        Blocks contactBlocks = contact();
        Blocks annexBlocks = annexes();
        doc.signature.name = display(QStringLiteral("signature.name"));
        doc.signature.capacity = value(QStringLiteral("signature.capacity"));
        doc.signature.place = value(QStringLiteral("signature.place"));
        doc.signature.date = display(QStringLiteral("signature.date"));
        for (auto &[heading, blocks] : stepSections()) {
            addSection(doc, heading, std::move(blocks));
        }
        addSection(doc, m_phrases.headingProcedures, std::move(procedureBlocks));
        addSection(doc, m_phrases.headingAssurances, std::move(assuranceBlocks));
        addSection(doc, m_phrases.headingUrgency, std::move(urgencyBlocks));
        addSection(doc, m_phrases.headingConfidentiality, std::move(confidentialityBlocks));
        addSection(doc, m_phrases.headingContact, std::move(contactBlocks));
        addSection(doc, m_phrases.headingAnnexes, std::move(annexBlocks));
        return doc;
    }

private:
    using Blocks = QList<DocumentBlock>;

    static void addSection(ComposedDocument &doc, const QString &heading, Blocks blocks)
    {
        if (!blocks.isEmpty()) {
            doc.sections.append(DocumentSection{heading, std::move(blocks)});
        }
    }

    void markUsed(const QString &key) { m_used.insert(key); }

    QString value(const QString &key)
    {
        markUsed(key);
        return m_request.value(key).trimmed();
    }

    bool flag(const QString &key)
    {
        markUsed(key);
        return m_request.flag(key);
    }

    /// A field's label in the letter's language.
    QString label(const QString &collection, const QString &key) const
    {
        const FormStep *step = m_form.stepFor(collection, key);
        const FieldDefinition *field = step ? step->field(key) : nullptr;
        return field ? m_labels.fieldLabel(m_form, *step, *field) : key;
    }

    QString label(const FormStep &step, const FieldDefinition &field) const
    {
        return m_labels.fieldLabel(m_form, step, field);
    }

    QString itemLabel(const QString &collection) const
    {
        const FormStep *step = m_form.stepForCollection(collection);
        return step ? m_labels.itemLabel(m_form, *step) : collection;
    }

    /// A value as the letter prints it, read according to its field's kind; empty for a flag
    /// that is not set.
    QString display(const QString &collection, const QString &key, const QString &raw) const
    {
        const QString text = raw.trimmed();
        const FormStep *step = m_form.stepFor(collection, key);
        const FieldDefinition *field = step ? step->field(key) : nullptr;
        if (text.isEmpty() || !field) {
            return text;
        }
        switch (field->kind) {
        case FieldKind::Choice:
            return m_labels.optionLabel(m_form, *step, *field, text);
        case FieldKind::Country:
            return countryWithCode(text);
        case FieldKind::Date:
            return date(text);
        case FieldKind::Flag:
            return text == QLatin1String("true") ? m_phrases.yes : QString();
        default:
            return m_options.latinTranscription && isPersonNameField(collection, key) ? withTranscription(text)
                                                                                       : text;
        }
    }

    /// A name as typed, followed by its Latin transcription when it is written in another script.
    QString withTranscription(const QString &name) const
    {
        const QString latin = latinTranscription(name);
        return latin.isEmpty() ? name : m_phrases.nameTranscription.arg(name, latin);
    }

    QString display(const QString &key)
    {
        markUsed(key);
        return display(QString(), key, m_request.value(key));
    }

    /// The country's name in the letter's language, or an empty string when @p code is no ISO
    /// 3166 code ICU knows.
    QString countryName(const QString &code) const
    {
        static const QRegularExpression isoCode(QStringLiteral("^[A-Za-z]{2}$"));
        if (!isoCode.match(code).hasMatch()) {
            return {};
        }
        const QString upper = code.toUpper();
        // ICU names the reserved code ZZ "Unknown Region"; it is no country a letter can go to.
        if (upper == QLatin1String("ZZ")) {
            return {};
        }
        icu::UnicodeString name;
        icu::Locale("", upper.toLatin1().constData())
            .getDisplayCountry(icu::Locale(m_phrases.displayLocale.toLatin1().constData()), name);
        const QString result = fromIcu(name);
        return result == upper ? QString() : result;
    }

    QString countryWithCode(const QString &typed) const
    {
        const QString name = countryName(typed);
        return name.isEmpty() ? typed : m_phrases.countryPattern.arg(name, typed.toUpper());
    }

    /// The name of an ISO 639-1 language in the letter's language, or the text as typed.
    QString languageName(const QString &typed) const
    {
        static const QRegularExpression isoCode(QStringLiteral("^[A-Za-z]{2,3}$"));
        if (!isoCode.match(typed).hasMatch()) {
            return typed;
        }
        const QString lower = typed.toLower();
        icu::UnicodeString name;
        icu::Locale(lower.toLatin1().constData())
            .getDisplayLanguage(icu::Locale(m_phrases.displayLocale.toLatin1().constData()), name);
        const QString result = fromIcu(name);
        return result.isEmpty() || result == lower ? typed : result;
    }

    QString date(const QString &typed) const
    {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!m_dateFormat || !isoDate.match(typed).hasMatch()) {
            return typed;
        }
        const QDate parsed = QDate::fromString(typed, Qt::ISODate);
        if (!parsed.isValid()) {
            return typed;
        }
        // Noon UTC formatted in UTC: the calendar day cannot shift whatever the machine's zone.
        const QDateTime noon(parsed, QTime(12, 0), Qt::UTC);
        icu::UnicodeString out;
        m_dateFormat->format(static_cast<UDate>(noon.toMSecsSinceEpoch()), out);
        return fromIcu(out);
    }

    /// The state as the letter's sentences name it: @p named around its name in the letter's
    /// language (or the text as typed when it is no country code), @p unnamed when none was
    /// entered. Both come from the phrase set, so a language can add the article or case that
    /// its sentences need ("l’État requis (France)", "запрашиваемого государства (Франция)").
    QString stateInSentence(const QString &key, const QString &named, const QString &unnamed)
    {
        const QString typed = value(key);
        if (typed.isEmpty()) {
            return unnamed;
        }
        const QString name = countryName(typed);
        return named.arg(name.isEmpty() ? typed : name);
    }

    QString requestedState()
    {
        return stateInSentence(QStringLiteral("addressee.state"), m_phrases.requestedStateNamed,
                               m_phrases.requestedStateUnnamed);
    }

    QString requestingState()
    {
        return stateInSentence(QStringLiteral("authority.state"), m_phrases.requestingStateNamed,
                               m_phrases.requestingStateUnnamed);
    }

    /// What the opening sentence asks the requested state to do, by the kind of request.
    QString requestPurpose() const
    {
        const QString &family = m_form.family();
        if (m_request.typeId == QLatin1String("extradition.provisionalArrest")) {
            return m_phrases.purposeProvisionalArrest;
        }
        if (family == QLatin1String("extradition")) {
            return m_phrases.purposeExtradition;
        }
        if (family == QLatin1String("confiscation")) {
            return m_phrases.purposeConfiscation;
        }
        if (family == QLatin1String("transfer")) {
            return m_phrases.purposeTransfer;
        }
        return m_phrases.purposeMla;
    }

    DocumentBlock numbered(const QString &text) { return DocumentBlock::paragraph(text, ++m_number); }

    void appendParagraphs(Blocks &blocks, const QString &text)
    {
        const QStringList paragraphs = paragraphsOf(text);
        for (const QString &paragraph : paragraphs) {
            blocks.append(numbered(paragraph));
        }
    }

    /// Numbered paragraphs for user text, led in by @p intro; nothing when the text is empty.
    void appendIntroduced(Blocks &blocks, const QString &intro, const QString &text)
    {
        if (paragraphsOf(text).isEmpty()) {
            return;
        }
        blocks.append(numbered(intro));
        appendParagraphs(blocks, text);
    }

    /// User text split into paragraphs, the first led by the label of the field it answers.
    QStringList labelledParagraphs(const QString &key)
    {
        QStringList paragraphs = paragraphsOf(value(key));
        if (!paragraphs.isEmpty()) {
            paragraphs.first() = m_phrases.labelled.arg(label(QString(), key), paragraphs.first());
        }
        return paragraphs;
    }

    static void addRow(QList<KeyValueRow> &rows, const QString &rowLabel, const QString &rowValue)
    {
        if (!rowValue.isEmpty()) {
            rows.append(KeyValueRow{rowLabel, rowValue});
        }
    }

    QList<KeyValueRow> scalarRows(std::initializer_list<const char *> keys)
    {
        QList<KeyValueRow> rows;
        for (const char *key : keys) {
            const QString k = QString::fromLatin1(key);
            addRow(rows, label(QString(), k), display(k));
        }
        return rows;
    }

    static void addTable(Blocks &blocks, QList<KeyValueRow> rows)
    {
        if (!rows.isEmpty()) {
            blocks.append(DocumentBlock::keyValueTable(std::move(rows)));
        }
    }

    /// The entries of a collection that hold at least one value, with their 1-based position
    /// among those entries (the number the letter gives them).
    QList<std::pair<int, CollectionItem>> filledItems(const QString &collection) const
    {
        QList<std::pair<int, CollectionItem>> result;
        const QList<CollectionItem> items = m_request.items(collection);
        for (const CollectionItem &item : items) {
            bool filled = false;
            for (const QString &v : item.values) {
                filled = filled || !v.trimmed().isEmpty();
            }
            if (filled) {
                result.append({static_cast<int>(result.size()) + 1, item});
            }
        }
        return result;
    }

    QString caption(const QString &collection, int number, const QString &what) const
    {
        // One arg() call for all placeholders: chained calls would read a "%1" typed in the
        // substituted text as a placeholder.
        const QString n = QString::number(number);
        return what.isEmpty() ? m_phrases.itemCaption.arg(itemLabel(collection), n)
                              : m_phrases.itemCaptionTitled.arg(itemLabel(collection), n, what);
    }

    /// One entry as a table captioned by its number and @p captionKey's value, with a row for
    /// every other field of its form step, in the form's order.
    DocumentBlock itemTable(const QString &collection, int number, const CollectionItem &item,
                            const QString &captionKey) const
    {
        QList<KeyValueRow> rows;
        if (const FormStep *step = m_form.stepForCollection(collection)) {
            for (const FieldDefinition &field : step->fields) {
                if (field.key != captionKey) {
                    addRow(rows, label(*step, field), display(collection, field.key, item.value(field.key)));
                }
            }
        }
        const QString what = display(collection, captionKey, item.value(captionKey));
        return DocumentBlock::keyValueTable(std::move(rows), caption(collection, number, what));
    }

    Blocks itemTables(const QString &collection, const QString &intro, const QString &captionKey)
    {
        m_usedCollections.insert(collection);
        const auto items = filledItems(collection);
        Blocks blocks;
        if (items.isEmpty()) {
            return blocks;
        }
        if (!intro.isEmpty()) {
            blocks.append(numbered(intro));
        }
        for (const auto &[number, item] : items) {
            blocks.append(itemTable(collection, number, item, captionKey));
        }
        return blocks;
    }

    Blocks addressee()
    {
        Blocks blocks;
        QStringList lines;
        for (const QString &key : {QStringLiteral("addressee.authority"), QStringLiteral("addressee.address")}) {
            const QString line = display(key);
            if (!line.isEmpty()) {
                lines << line;
            }
        }
        // A postal address ends with the country's name alone, and only once: most typed
        // addresses already end with it.
        const QString stateCode = value(QStringLiteral("addressee.state"));
        const QString knownName = countryName(stateCode);
        const QString stateName = knownName.isEmpty() ? stateCode : knownName;
        const QString lastLine = lines.isEmpty() ? QString() : lines.constLast().split(QLatin1Char('\n')).constLast();
        if (!stateName.isEmpty() && lastLine.simplified().compare(stateName, Qt::CaseInsensitive) != 0) {
            lines << stateName;
        }
        if (!lines.isEmpty()) {
            blocks.append(DocumentBlock::paragraph(lines.join(QLatin1Char('\n'))));
        }
        const QString channel = display(QStringLiteral("addressee.channel"));
        if (!channel.isEmpty()) {
            blocks.append(DocumentBlock::paragraph(
                m_phrases.labelled.arg(label(QString(), QStringLiteral("addressee.channel")), channel)));
        }

        const QString authority = value(QStringLiteral("authority.name"));
        const QString addresseeAuthority = value(QStringLiteral("addressee.authority"));
        const QString state = requestedState();
        const QString purpose = requestPurpose();
        QString opening;
        if (!authority.isEmpty() && !addresseeAuthority.isEmpty()) {
            opening = m_phrases.openingFull.arg(authority, addresseeAuthority, state, purpose);
        } else if (!authority.isEmpty()) {
            opening = m_phrases.openingNoAddressee.arg(authority, state, purpose);
        } else if (!addresseeAuthority.isEmpty()) {
            opening = m_phrases.openingNoAuthority.arg(addresseeAuthority, state, purpose);
        } else {
            opening = m_phrases.openingMinimal.arg(state, purpose);
        }
        blocks.append(numbered(opening));
        return blocks;
    }

    Blocks requestingAuthority()
    {
        Blocks blocks;
        addTable(blocks,
                 scalarRows({"authority.name", "authority.state", "authority.role", "authority.address"}));
        return blocks;
    }

    Blocks legalBasis()
    {
        Blocks blocks;
        addTable(blocks, scalarRows({"legalBasis.kind", "legalBasis.instrument", "legalBasis.article"}));
        appendIntroduced(blocks, m_phrases.reciprocityIntro, value(QStringLiteral("legalBasis.reciprocity")));
        return blocks;
    }

    Blocks proceedings()
    {
        Blocks blocks;
        addTable(blocks, scalarRows({"proceedings.stage", "proceedings.conductingAuthority",
                                     "proceedings.caseNumbers"}));
        appendParagraphs(blocks, value(QStringLiteral("proceedings.subject")));
        return blocks;
    }

    Blocks facts()
    {
        Blocks blocks;
        addTable(blocks, scalarRows({"facts.period", "facts.place"}));
        appendParagraphs(blocks, value(QStringLiteral("facts.summary")));
        appendIntroduced(blocks, m_phrases.evidenceIntro, value(QStringLiteral("facts.evidence")));
        return blocks;
    }

    Blocks offences()
    {
        const QString collection = QStringLiteral("offences");
        const QString intro =
            filledItems(collection).size() == 1 ? m_phrases.offencesIntroOne : m_phrases.offencesIntroMany;
        return itemTables(collection, intro.arg(requestingState()), QStringLiteral("qualification"));
    }

    Blocks persons()
    {
        return itemTables(QStringLiteral("persons"), m_phrases.personsIntro, QStringLiteral("role"));
    }

    Blocks measures()
    {
        return itemTables(QStringLiteral("measures"), m_phrases.measuresIntro, QStringLiteral("kind"));
    }

    Blocks procedures()
    {
        Blocks blocks;
        appendIntroduced(blocks, m_phrases.proceduresIntro, value(QStringLiteral("procedures.special")));
        return blocks;
    }

    Blocks assurances()
    {
        QStringList paragraphs;
        for (const char *key :
             {"dualCriminality.statement", "assurances.useLimitation", "assurances.deathPenalty",
              "assurances.fairTrial", "assurances.neBisInIdem"}) {
            paragraphs << labelledParagraphs(QString::fromLatin1(key));
        }
        Blocks blocks;
        if (!paragraphs.isEmpty()) {
            blocks.append(numbered(m_phrases.assurancesIntro));
            for (const QString &paragraph : std::as_const(paragraphs)) {
                blocks.append(numbered(paragraph));
            }
        }
        return blocks;
    }

    Blocks urgency()
    {
        Blocks blocks;
        const bool urgent = flag(QStringLiteral("urgency.isUrgent"));
        const QString deadline = display(QStringLiteral("urgency.deadline"));
        const QString reasons = value(QStringLiteral("urgency.reasons"));
        if (!urgent) {
            return blocks;
        }
        blocks.append(
            numbered(deadline.isEmpty() ? m_phrases.urgent : m_phrases.urgentWithDeadline.arg(deadline)));
        appendIntroduced(blocks, m_phrases.urgencyReasonsIntro, reasons);
        return blocks;
    }

    Blocks confidentiality()
    {
        Blocks blocks;
        const bool required = flag(QStringLiteral("confidentiality.required"));
        const QString reasons = value(QStringLiteral("confidentiality.reasons"));
        if (!required) {
            return blocks;
        }
        blocks.append(numbered(m_phrases.confidentialityRequest));
        appendIntroduced(blocks, m_phrases.confidentialityReasonsIntro, reasons);
        return blocks;
    }

    bool hidden(const FieldDefinition &field) const
    {
        return !field.visibleWhen.isEmpty() && !m_request.flag(field.visibleWhen);
    }

    /// The steps of the form with fields (or a list) that no fixed section of the letter places,
    /// each as a section under the step's title in the letter's language, so that what the user
    /// entered reaches the requested state under the heading it was entered under, even when the
    /// form has grown since this composer was written.
    QList<std::pair<QString, Blocks>> stepSections()
    {
        QList<std::pair<QString, Blocks>> sections;
        for (const FormStep &step : m_form.steps()) {
            Blocks blocks;
            if (step.isCollection()) {
                if (m_usedCollections.contains(step.collection)) {
                    continue;
                }
                const QString captionKey = step.fields.isEmpty() ? QString() : step.fields.first().key;
                blocks.append(itemTables(step.collection, QString(), captionKey));
            } else {
                QList<KeyValueRow> rows;
                for (const FieldDefinition &field : step.fields) {
                    if (!m_used.contains(field.key) && !hidden(field)) {
                        addRow(rows, label(step, field), display(QString(), field.key, m_request.value(field.key)));
                    }
                }
                addTable(blocks, std::move(rows));
            }
            if (!blocks.isEmpty()) {
                const QString title = m_labels.stepTitle(m_form, step);
                sections.append({title.trimmed().isEmpty() ? m_phrases.headingFurther : title, std::move(blocks)});
            }
        }
        return sections;
    }

    Blocks contact()
    {
        Blocks blocks;
        const QList<KeyValueRow> rows =
            scalarRows({"authority.contactPerson", "authority.phone", "authority.email",
                        "authority.officeHours", "authority.timeZone"});
        if (!rows.isEmpty()) {
            blocks.append(numbered(m_phrases.contactIntro));
            addTable(blocks, rows);
        }
        blocks.append(numbered(m_phrases.closing.arg(requestedState())));
        return blocks;
    }

    Blocks annexes()
    {
        const QString collection = QStringLiteral("annexes");
        m_usedCollections.insert(collection);
        const auto items = filledItems(collection);
        Blocks blocks;
        static const QRegularExpression count(QStringLiteral("^\\d+$"));
        QStringList lines;
        for (const auto &[number, item] : items) {
            const QString line = caption(collection, number, item.value(QStringLiteral("title")).trimmed());
            const QString pages = item.value(QStringLiteral("pages")).trimmed();
            if (pages.isEmpty()) {
                lines << line;
            } else if (!count.match(pages).hasMatch()) {
                lines << m_phrases.annexPagesText.arg(line, pages);
            } else if (pages.toInt() == 1) {
                lines << m_phrases.annexPagesOne.arg(line);
            } else {
                lines << m_phrases.annexPages.arg(line, pages);
            }
        }
        if (!lines.isEmpty()) {
            blocks.append(numbered(m_phrases.annexesIntro));
            blocks.append(DocumentBlock::bulletList(lines));
        }
        const QString translation = value(QStringLiteral("language.translation"));
        if (!translation.isEmpty()) {
            blocks.append(numbered(m_phrases.translation.arg(languageName(translation))));
        }
        return blocks;
    }

    /// The request with every typed value through printableText(): what is empty or blank on
    /// paper (say, only a control character) must count as empty here too, or a paragraph number
    /// or a table row would stand for nothing and the PDF and the DOCX would number differently.
    const Request m_request;
    const RequestForm &m_form;
    const LetterPhrases &m_phrases;
    const FormLabels &m_labels;
    const LetterOptions &m_options;
    std::unique_ptr<icu::DateFormat> m_dateFormat;
    QSet<QString> m_used;
    QSet<QString> m_usedCollections;
    int m_number = 0;
};

} // namespace

Result<ComposedDocument> composeLetter(const Request &request, const RequestForm &form,
                                       const LetterPhrases &phrases, const LetterOptions &options)
{
    if (!request.typeId.isEmpty() && request.typeId != form.typeId()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("LetterComposer",
                                        "The request of type %1 cannot be written with the form of %2.")
                .arg(request.typeId, form.typeId()));
    }
    // Checked here, where the field is still known, so that the error names it; the PDF writer
    // checks the finished document again for text that did not come from the request.
    if (Result<void> printable = checkPrintable(request, form); !printable) {
        return printable.error();
    }
    return Composer(request, form, phrases, options).compose();
}

namespace {

/// One block as the text of a table cell: paragraphs keep their number, key/value rows become
/// "label: value" lines in the block's language, tables a line per row, lists a line per item.
QString flattened(const DocumentBlock &block, const LetterPhrases &phrases)
{
    QStringList lines;
    if (!block.caption.isEmpty()) {
        lines << block.caption;
    }
    switch (block.kind) {
    case DocumentBlock::Kind::Paragraph:
        lines << (block.number > 0 ? QString::number(block.number) + QStringLiteral(". ") + block.text : block.text);
        break;
    case DocumentBlock::Kind::KeyValueTable:
        for (const KeyValueRow &row : block.rows) {
            lines << phrases.labelled.arg(row.label, row.value);
        }
        break;
    case DocumentBlock::Kind::Table:
        if (!block.header.isEmpty()) {
            lines << block.header.join(QStringLiteral(" | "));
        }
        for (const QStringList &row : block.cells) {
            lines << row.join(QStringLiteral(" | "));
        }
        break;
    case DocumentBlock::Kind::BulletList:
        for (const QString &item : block.items) {
            lines << QStringLiteral("\u2022 ") + item;
        }
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

/// "first / second", or one of them when both say the same or one is empty.
QString both(const QString &first, const QString &second)
{
    if (first.isEmpty() || first == second) {
        return second;
    }
    if (second.isEmpty()) {
        return first;
    }
    return first + QStringLiteral(" / ") + second;
}

} // namespace

Result<ComposedDocument> composeBilingual(const Request &request, const RequestForm &form,
                                          const LetterPhrases &primary, const LetterPhrases &secondary,
                                          const LetterOptions &options)
{
    const Result<ComposedDocument> first = composeLetter(request, form, primary, options);
    if (!first) {
        return first.error();
    }
    const Result<ComposedDocument> second = composeLetter(request, form, secondary, options);
    if (!second) {
        return second.error();
    }
    ComposedDocument doc;
    doc.language = first->language;
    doc.rightToLeft = first->rightToLeft;
    doc.title = first->title == second->title ? first->title : first->title + QLatin1Char('\n') + second->title;
    doc.reference = first->reference;
    doc.confidentialityMarking = both(first->confidentialityMarking, second->confidentialityMarking);
    doc.priorityMarking = both(first->priorityMarking, second->priorityMarking);
    // The reference once, in the first language's words (it is the same number for both); the
    // page numbers in both, which QString::arg() fills at every occurrence of %1 and %2.
    doc.referencePattern = first->referencePattern;
    doc.pageNumberPattern = both(first->pageNumberPattern, second->pageNumberPattern);
    doc.signature = first->signature;
    doc.signature.date = both(first->signature.date, second->signature.date);

    // The same request gives both languages the same sections and blocks (which ones appear
    // depends on the values only), so they pair by position; padding keeps a mismatch visible
    // rather than shifting every later row.
    const qsizetype sections = std::max(first->sections.size(), second->sections.size());
    for (qsizetype s = 0; s < sections; ++s) {
        const DocumentSection left = first->sections.value(s);
        const DocumentSection right = second->sections.value(s);
        QStringList header;
        if (!left.heading.isEmpty() || !right.heading.isEmpty()) {
            header = {left.heading, right.heading};
        }
        QList<QStringList> rows;
        const qsizetype blocks = std::max(left.blocks.size(), right.blocks.size());
        for (qsizetype b = 0; b < blocks; ++b) {
            rows.append({b < left.blocks.size() ? flattened(left.blocks.at(b), primary) : QString(),
                         b < right.blocks.size() ? flattened(right.blocks.at(b), secondary) : QString()});
        }
        doc.sections.append(DocumentSection{QString(), {DocumentBlock::table(header, rows)}});
    }
    return doc;
}

} // namespace mla::core
