#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace mla::core {

/// One label/value line of a key/value table ("Telephone" | "+33 1 23 45 67 89").
struct KeyValueRow
{
    QString label;
    QString value;
};

/// A piece of a section's body. One struct for every kind, so writers can switch over `kind`
/// without a visitor; only the members that belong to the kind are used.
///
/// All text is plain text exactly as it is to be printed (never HTML or XML): the writers escape it.
/// A '\n' inside a paragraph, a value or a cell is a line break within that paragraph.
struct DocumentBlock
{
    enum class Kind
    {
        Paragraph,     ///< text, numbered when number > 0
        KeyValueTable, ///< rows, each a label and a value
        Table,         ///< a header row and body rows of cells
        BulletList,    ///< items
    };

    Kind kind = Kind::Paragraph;
    /// Paragraph: its number in the letter ("12."). The composer assigns the numbers so that every
    /// writer prints the same ones and they run through the whole letter. 0: not numbered.
    int number = 0;
    QString text;             ///< Paragraph
    QString caption;          ///< tables: an optional line printed above the table ("Measure 1: ...")
    QList<KeyValueRow> rows;  ///< KeyValueTable
    QStringList header;       ///< Table: one heading per column
    QList<QStringList> cells; ///< Table: body rows, each with as many cells as the header has
    QStringList items;        ///< BulletList

    static DocumentBlock paragraph(QString paragraphText, int paragraphNumber = 0)
    {
        DocumentBlock block;
        block.kind = Kind::Paragraph;
        block.text = std::move(paragraphText);
        block.number = paragraphNumber;
        return block;
    }
    static DocumentBlock keyValueTable(QList<KeyValueRow> tableRows, QString tableCaption = {})
    {
        DocumentBlock block;
        block.kind = Kind::KeyValueTable;
        block.rows = std::move(tableRows);
        block.caption = std::move(tableCaption);
        return block;
    }
    static DocumentBlock table(QStringList headerRow, QList<QStringList> bodyRows, QString tableCaption = {})
    {
        DocumentBlock block;
        block.kind = Kind::Table;
        block.header = std::move(headerRow);
        block.cells = std::move(bodyRows);
        block.caption = std::move(tableCaption);
        return block;
    }
    static DocumentBlock bulletList(QStringList listItems)
    {
        DocumentBlock block;
        block.kind = Kind::BulletList;
        block.items = std::move(listItems);
        return block;
    }
};

/// A titled part of the letter. A section without a heading prints its blocks only (the address
/// block at the top of a letter has no heading).
struct DocumentSection
{
    QString heading;
    QList<DocumentBlock> blocks;
};

/// Who signs, printed at the end of the letter. Every member is print-ready text (the date is
/// already formatted in the letter's language); empty members are left out.
struct SignatureBlock
{
    QString name;
    QString capacity;
    QString place;
    QString date;

    bool isEmpty() const { return name.isEmpty() && capacity.isEmpty() && place.isEmpty() && date.isEmpty(); }
};

/// A letter laid out as structure, not as markup, so that the PDF and the DOCX writers render the
/// same text. The composer fills it in the letter's language; the writers add only layout.
struct ComposedDocument
{
    QString title;
    QString reference;              ///< printed on every page; empty if none
    QString confidentialityMarking; ///< e.g. "CONFIDENTIAL", printed on every page; empty if none
    QString priorityMarking;        ///< e.g. "URGENT", printed under the title; empty if none
    QList<DocumentSection> sections;
    SignatureBlock signature;

    // The few words around the reference and the page number come with the document, in its
    // language, so that no writer holds fixed text. Without them only the values are printed.
    QString referencePattern;  ///< %1: reference, e.g. "Our reference: %1"
    QString pageNumberPattern; ///< %1: page, %2: page count, e.g. "Page %1 of %2"

    // Writers need the language for hyphenation, fonts and spell-check tags, and the direction
    // for paragraph and table order; both belong to the document so that the writers agree.
    QString language = QStringLiteral("en"); ///< BCP-47 code of the letter's language, e.g. "ar"
    bool rightToLeft = false;                ///< the letter reads right to left (Arabic)
};

/// @p text made safe to print: C0/C1 control characters other than '\n' and '\t' are removed
/// ("\r\n", a lone '\r' and the Unicode line and paragraph separators become '\n'), as are lone
/// surrogates, non-characters and the Unicode bidirectional embedding, override and isolate
/// controls. Those controls are not needed for right-to-left names (the bidi algorithm handles
/// them), but an unclosed override typed in one value would reverse the letter's own text after it.
/// Both writers pass every string through this, because PDF text, XML and the layout engine each
/// break differently on such characters.
inline QString printableText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
                if (!QChar::isNonCharacter(code)) {
                    out.append(c);
                    out.append(text.at(i + 1));
                }
                ++i;
            }
            continue;
        }
        if (c.isLowSurrogate() || QChar::isNonCharacter(u)) {
            continue;
        }
        if (u == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            continue;
        }
        if (u == u'\n' || u == u'\t') {
            out.append(c);
            continue;
        }
        if (u == 0x2028 || u == 0x2029) {
            out.append(QLatin1Char('\n'));
            continue;
        }
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidiControl = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (!control && !bidiControl) {
            out.append(c);
        }
    }
    return out;
}

/// The reference as the running header prints it on every page: printable, on one line, and cut
/// with "…" after 48 characters, so that a pasted paragraph cannot fill the header of every page
/// (Word grows a header to fit its text). The title block prints the whole reference once.
inline QString runningReference(const QString &reference)
{
    constexpr qsizetype kLongest = 48;
    QString shown = printableText(reference).simplified();
    if (shown.size() > kLongest) {
        qsizetype cut = kLongest - 1;
        if (shown.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        shown = shown.left(cut).trimmed() + QChar(0x2026);
    }
    return shown;
}

/// Whether a paragraph or cell of @p text is set right to left: by its first strong letter once
/// it is printable. Both writers ask this; Qt's own test on the raw text would skip a letter
/// inside bidi isolates that printableText() then removes, and the PDF and the DOCX would set
/// the same paragraph in opposite directions.
inline bool readsRightToLeft(const QString &text)
{
    return printableText(text).isRightToLeft();
}

} // namespace mla::core
