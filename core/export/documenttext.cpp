#include "export/documenttext.h"

#include <QStringList>

namespace mla::core {

namespace {

QString filled(const QString &pattern, const QString &value)
{
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(value) : value;
}

class TextBuilder
{
public:
    void line(const QString &text)
    {
        const QString printable = printableText(text);
        if (!printable.trimmed().isEmpty()) {
            m_lines << printable;
        }
    }

    void blank()
    {
        if (!m_lines.isEmpty() && !m_lines.constLast().isEmpty()) {
            m_lines << QString();
        }
    }

    QString text() const
    {
        QStringList lines;
        for (const QString &l : m_lines) {
            // Trailing whitespace of every physical line, including those inside a paragraph.
            const QStringList physical = l.split(QLatin1Char('\n'));
            for (const QString &p : physical) {
                qsizetype end = p.size();
                while (end > 0 && p.at(end - 1).isSpace()) {
                    --end;
                }
                lines << p.left(end);
            }
        }
        while (!lines.isEmpty() && lines.constLast().isEmpty()) {
            lines.removeLast();
        }
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    QStringList m_lines;
};

void block(TextBuilder &out, const DocumentBlock &block)
{
    switch (block.kind) {
    case DocumentBlock::Kind::Paragraph:
        out.line(block.number > 0 ? QString::number(block.number) + QStringLiteral(". ") + block.text : block.text);
        break;
    case DocumentBlock::Kind::KeyValueTable:
        out.line(block.caption);
        for (const KeyValueRow &row : block.rows) {
            out.line(row.label + QLatin1Char('\t') + row.value);
        }
        break;
    case DocumentBlock::Kind::Table:
        out.line(block.caption);
        if (!block.header.isEmpty()) {
            out.line(block.header.join(QLatin1Char('\t')));
        }
        for (const QStringList &row : block.cells) {
            out.line(row.join(QLatin1Char('\t')));
        }
        break;
    case DocumentBlock::Kind::BulletList:
        for (const QString &item : block.items) {
            out.line(QStringLiteral("  ") + item);
        }
        break;
    }
}

} // namespace

QString documentToText(const ComposedDocument &document)
{
    TextBuilder out;
    out.line(document.title);
    QStringList markings;
    for (const QString &marking : {document.confidentialityMarking, document.priorityMarking}) {
        if (!printableText(marking).trimmed().isEmpty()) {
            markings << marking;
        }
    }
    out.line(markings.join(QStringLiteral(" \u2014 ")));
    if (!printableText(document.reference).trimmed().isEmpty()) {
        out.line(filled(document.referencePattern, document.reference));
    }
    for (const DocumentSection &section : document.sections) {
        out.blank();
        out.line(section.heading);
        for (const DocumentBlock &b : section.blocks) {
            block(out, b);
        }
    }
    const SignatureBlock &signature = document.signature;
    if (!signature.isEmpty()) {
        out.blank();
        QStringList placeAndDate;
        for (const QString &part : {signature.place, signature.date}) {
            if (!printableText(part).trimmed().isEmpty()) {
                placeAndDate << part;
            }
        }
        out.line(placeAndDate.join(QStringLiteral(", ")));
        out.line(signature.name);
        out.line(signature.capacity);
    }
    return out.text();
}

} // namespace mla::core
