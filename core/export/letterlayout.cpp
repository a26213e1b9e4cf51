#include "export/letterlayout.h"

#include "export/fontregistry.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <optional>

namespace mla::core {

namespace {

constexpr qreal kBodyPt = 11;
constexpr qreal kTablePt = 10;
constexpr qreal kTitlePt = 15;
constexpr qreal kMarkingPt = 12;
constexpr qreal kHeadingPt = 12.5;
constexpr qreal kNumberIndentPt = 28;
constexpr qreal kNumberGapPt = 4;
constexpr qreal kCellPaddingPt = 4;
constexpr qreal kSignatureSpaceMm = 20;
constexpr qreal kLabelColumnShare = 0.3;

// PDF/A-1 has no transparency; every colour is opaque.
const char *const kLabelBackground = "#efefef";
const char *const kHeaderBackground = "#dcdcdc";

/// The direction of a paragraph or cell of user or phrase text: that of its first letter, so that
/// English typed into an Arabic letter reads left to right with its punctuation in place. Text
/// without letters (telephone numbers, amounts) is left to right: a right-to-left base would print
/// "+00 555 0142" as "0142 555 00+".
Qt::LayoutDirection textDirection(const QString &text)
{
    return readsRightToLeft(text) ? Qt::RightToLeft : Qt::LeftToRight;
}

/// @p text as one QTextLayout paragraph: printable, line breaks as line separators, tabs as
/// spaces (a tab stop means nothing in a justified paragraph of a letter).
QString layoutText(const QString &text)
{
    QString out = printableText(text);
    for (QChar &c : out) {
        if (c == QLatin1Char('\n')) {
            c = QChar::LineSeparator;
        } else if (c == QLatin1Char('\t')) {
            c = QLatin1Char(' ');
        }
    }
    return out;
}

bool isBlank(const QString &text)
{
    return printableText(text).trimmed().isEmpty();
}

} // namespace

/// One cell of a row: a paragraph is a row of one cell that spans the body.
struct LetterLayout::Cell
{
    std::unique_ptr<QTextLayout> text; ///< lines positioned from y = 0 at their x in the body
    std::unique_ptr<QTextLayout> number; ///< a numbered paragraph's number, beside its first line
    bool bullet = false;                 ///< a list item's bullet, beside its first line
    qreal bulletX = 0;                   ///< the bullet's centre
    qreal x = 0;                         ///< the cell's box, for tables
    qreal width = 0;
    std::optional<QColor> background;
};

struct LetterLayout::Row
{
    std::vector<Cell> cells;
};

struct LetterLayout::Block
{
    std::vector<Row> rows;
    std::optional<Row> header;
    bool ruled = false; ///< a table: cells are boxed and padded
    qreal padding = 0;
};

class LetterLayout::Builder
{
public:
    Builder(LetterLayout &target, const ComposedDocument &document, const QStringList &families,
            const QPaintDevice &device, qreal bodyWidth)
        : m_target(target), m_doc(document), m_device(device), m_width(bodyWidth)
    {
        m_body = font(families, kBodyPt, false);
        m_bold = font(families, kBodyPt, true);
        m_heading = font(families, kHeadingPt, true);
        m_title = font(families, kTitlePt, true);
        m_marking = font(families, kMarkingPt, true);
        m_table = font(families, kTablePt, false);
        m_tableBold = font(families, kTablePt, true);
    }

    void build()
    {
        titleBlock();
        const bool hasSignature = !m_doc.signature.isEmpty();
        for (qsizetype i = 0; i < m_doc.sections.size(); ++i) {
            // The last block travels with the signature, which is never left alone on a page.
            section(m_doc.sections.at(i), hasSignature && i + 1 == m_doc.sections.size());
        }
        signatureBlock();
    }

private:
    qreal points(qreal pt) const { return pt * m_device.logicalDpiY() / 72.0; }
    Qt::LayoutDirection documentDirection() const
    {
        return m_doc.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    }

    QFont font(const QStringList &families, qreal pointSize, bool bold) const
    {
        return QFont(FontRegistry::documentFont(families, pointSize, bold), &m_device);
    }

    /// @p text broken into lines of @p width, each starting at @p x, stacked from y = 0.
    std::unique_ptr<QTextLayout> lines(const QString &text, const QFont &font, Qt::LayoutDirection direction,
                                       Qt::Alignment alignment, qreal x, qreal width) const
    {
        auto layout = std::make_unique<QTextLayout>(layoutText(text), font, &m_device);
        // Left means the start of the line here, as in a document; QTextLayout takes it literally.
        if (direction == Qt::RightToLeft && (alignment & Qt::AlignLeft)) {
            alignment = (alignment & ~Qt::Alignment(Qt::AlignLeft)) | Qt::AlignRight;
        }
        QTextOption option(alignment);
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLeadingIncluded(true);
            line.setLineWidth(width);
            line.setPosition(QPointF(x, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

    static QList<qreal> lineHeights(const QTextLayout *layout)
    {
        QList<qreal> heights;
        if (layout != nullptr) {
            heights.reserve(layout->lineCount());
            for (int i = 0; i < layout->lineCount(); ++i) {
                heights.append(layout->lineAt(i).height());
            }
        }
        return heights;
    }

    static FlowRow flowRow(const Row &row, qreal padding, bool splittable)
    {
        FlowRow flow;
        flow.padding = padding;
        flow.splittable = splittable;
        for (const Cell &cell : row.cells) {
            flow.columns.append(lineHeights(cell.text.get()));
        }
        return flow;
    }

    void add(Block block, qreal spaceBeforePt, qreal spaceAfterPt, bool keepWithNext)
    {
        FlowBlock flow;
        flow.spaceBefore = points(spaceBeforePt);
        flow.spaceAfter = points(spaceAfterPt);
        flow.keepWithNext = keepWithNext;
        flow.keepTogether = block.ruled;
        if (block.header) {
            flow.header = flowRow(*block.header, block.padding, false);
        }
        for (const Row &row : block.rows) {
            flow.rows.append(flowRow(row, block.padding, !block.ruled));
        }
        m_target.m_flow.append(std::move(flow));
        m_target.m_blocks.push_back(std::move(block));
    }

    /// A plain paragraph across the body.
    void paragraph(const QString &text, const QFont &font, Qt::LayoutDirection direction, Qt::Alignment alignment,
                   qreal spaceBeforePt, qreal spaceAfterPt, bool keepWithNext)
    {
        if (isBlank(text)) {
            return; // an empty paragraph would only add space
        }
        Cell cell;
        cell.text = lines(text, font, direction, alignment, 0, m_width);
        cell.width = m_width;
        Block block;
        block.rows.emplace_back();
        block.rows.back().cells.push_back(std::move(cell));
        add(std::move(block), spaceBeforePt, spaceAfterPt, keepWithNext);
    }

    void titleBlock()
    {
        struct Line
        {
            QString text;
            const QFont *font;
        };
        QList<Line> titleLines = {{m_doc.title, &m_title}};
        QStringList markings;
        for (const QString &marking : {m_doc.confidentialityMarking, m_doc.priorityMarking}) {
            if (!isBlank(marking)) {
                markings << marking;
            }
        }
        if (!markings.isEmpty()) {
            titleLines.append({markings.join(QStringLiteral(" \u2014 ")), &m_marking});
        }
        if (!isBlank(m_doc.reference)) {
            const QString pattern = m_doc.referencePattern;
            titleLines.append({pattern.contains(QLatin1String("%1")) ? pattern.arg(m_doc.reference) : m_doc.reference,
                               &m_body});
        }
        for (qsizetype i = 0; i < titleLines.size(); ++i) {
            paragraph(titleLines.at(i).text, *titleLines.at(i).font, documentDirection(), Qt::AlignHCenter,
                      i == 0 ? 0 : 2, i + 1 == titleLines.size() ? 16 : 2, false);
        }
    }

    void section(const DocumentSection &section, bool keepLastWithNext)
    {
        paragraph(section.heading, m_heading, documentDirection(), Qt::AlignLeft, 14, 6, true);
        for (qsizetype i = 0; i < section.blocks.size(); ++i) {
            // A lead-in ("the following persons:") stays on the page of what it introduces.
            const bool last = i + 1 == section.blocks.size();
            const bool introducesNext =
                (!last && section.blocks.at(i + 1).kind != DocumentBlock::Kind::Paragraph) ||
                (last && keepLastWithNext);
            block(section.blocks.at(i), introducesNext);
        }
    }

    void block(const DocumentBlock &block, bool introducesNext)
    {
        switch (block.kind) {
        case DocumentBlock::Kind::Paragraph:
            if (block.number > 0) {
                numberedParagraph(block.number, block.text, introducesNext);
            } else {
                paragraph(block.text, m_body, textDirection(block.text), Qt::AlignLeft, 0, 6, introducesNext);
            }
            break;
        case DocumentBlock::Kind::KeyValueTable:
            caption(block.caption);
            keyValueTable(block.rows);
            break;
        case DocumentBlock::Kind::Table:
            caption(block.caption);
            table(block.header, block.cells);
            break;
        case DocumentBlock::Kind::BulletList:
            bulletList(block.items, introducesNext);
            break;
        }
    }

    /// "12." in the margin beside the first line, the text justified in a hanging indent so that
    /// the text of "9." and "10." lines up. Right to left, the number stands at the right.
    void numberedParagraph(int number, const QString &text, bool keepWithNext)
    {
        if (isBlank(text)) {
            return;
        }
        const Qt::LayoutDirection direction = textDirection(text);
        const bool rtl = direction == Qt::RightToLeft;
        Cell cell;
        // Aligned to the start of a line across the body: the left margin, or the right one.
        cell.number = lines(QString::number(number) + QLatin1Char('.'), m_body, direction, Qt::AlignLeft, 0, m_width);
        const qreal numberWidth = cell.number->lineAt(0).naturalTextWidth();
        const qreal indent = std::max(points(kNumberIndentPt), numberWidth + points(kNumberGapPt));
        cell.text = lines(text, m_body, direction, Qt::AlignJustify, rtl ? 0 : indent, m_width - indent);
        cell.width = m_width;
        Block block;
        block.rows.emplace_back();
        block.rows.back().cells.push_back(std::move(cell));
        add(std::move(block), 0, 6, keepWithNext);
    }

    void caption(const QString &text)
    {
        paragraph(text, m_bold, textDirection(text), Qt::AlignLeft, 6, 3, true);
    }

    void bulletList(const QStringList &items, bool keepLastWithNext)
    {
        const qreal indent = points(kNumberIndentPt);
        QList<QString> shown;
        for (const QString &item : items) {
            if (!isBlank(item)) {
                shown << item;
            }
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString &item = shown.at(i);
            const bool rtl = textDirection(item) == Qt::RightToLeft;
            Cell cell;
            cell.text = lines(item, m_body, textDirection(item), Qt::AlignLeft, rtl ? 0 : indent, m_width - indent);
            cell.bullet = true;
            cell.bulletX = rtl ? m_width - indent / 2 : indent / 2;
            cell.width = m_width;
            Block block;
            block.rows.emplace_back();
            block.rows.back().cells.push_back(std::move(cell));
            const bool last = i + 1 == shown.size();
            add(std::move(block), 0, last ? 6 : 2, last && keepLastWithNext);
        }
    }

    /// The boxes of a table's columns, in logical order, placed in visual order left to right: the
    /// first column on the right in a right-to-left letter.
    QList<std::pair<qreal, qreal>> columnBoxes(const QList<qreal> &shares) const
    {
        QList<std::pair<qreal, qreal>> boxes(shares.size());
        qreal x = 0;
        for (qsizetype visual = 0; visual < shares.size(); ++visual) {
            const qsizetype logical = m_doc.rightToLeft ? shares.size() - 1 - visual : visual;
            boxes[logical] = {x, shares.at(logical) * m_width};
            x += boxes.at(logical).second;
        }
        return boxes;
    }

    Cell tableCell(const QString &text, const QFont &font, const std::pair<qreal, qreal> &box,
                   const std::optional<QColor> &background = std::nullopt) const
    {
        const qreal padding = points(kCellPaddingPt);
        Cell cell;
        cell.x = box.first;
        cell.width = box.second;
        cell.text = lines(text, font, textDirection(text), Qt::AlignLeft, cell.x + padding, cell.width - 2 * padding);
        cell.background = background;
        return cell;
    }

    void keyValueTable(const QList<KeyValueRow> &rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        Block block;
        block.ruled = true;
        block.padding = points(kCellPaddingPt);
        const auto boxes = columnBoxes({kLabelColumnShare, 1 - kLabelColumnShare});
        for (const KeyValueRow &row : rows) {
            Row laid;
            laid.cells.push_back(tableCell(row.label, m_tableBold, boxes.at(0), QColor(QLatin1String(kLabelBackground))));
            laid.cells.push_back(tableCell(row.value, m_table, boxes.at(1)));
            block.rows.push_back(std::move(laid));
        }
        add(std::move(block), 0, 8, false);
    }

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        if (header.isEmpty() && rows.isEmpty()) {
            return;
        }
        qsizetype columns = header.size();
        for (const QStringList &row : rows) {
            columns = std::max(columns, row.size());
        }
        // Columns share the width equally, so that neither language of a bilingual letter is
        // squeezed into a narrow strip by the other's longer words.
        const auto boxes = columnBoxes(QList<qreal>(columns, 1.0 / static_cast<qreal>(columns)));
        Block block;
        block.ruled = true;
        block.padding = points(kCellPaddingPt);
        if (!header.isEmpty()) {
            Row laid;
            for (qsizetype c = 0; c < columns; ++c) {
                laid.cells.push_back(
                    tableCell(header.value(c), m_tableBold, boxes.at(c), QColor(QLatin1String(kHeaderBackground))));
            }
            block.header = std::move(laid);
        }
        for (const QStringList &row : rows) {
            Row laid;
            for (qsizetype c = 0; c < columns; ++c) {
                laid.cells.push_back(tableCell(row.value(c), m_table, boxes.at(c)));
            }
            block.rows.push_back(std::move(laid));
        }
        add(std::move(block), 0, 8, false);
    }

    void signatureBlock()
    {
        const SignatureBlock &sig = m_doc.signature;
        QStringList placeAndDate;
        for (const QString &part : {sig.place, sig.date}) {
            if (!isBlank(part)) {
                placeAndDate << part;
            }
        }
        struct Line
        {
            QString text;
            const QFont *font;
        };
        QList<Line> signatureLines;
        if (!placeAndDate.isEmpty()) {
            signatureLines.append({placeAndDate.join(QStringLiteral(", ")), &m_body});
        }
        const qsizetype signedLines = signatureLines.size();
        if (!isBlank(sig.name)) {
            signatureLines.append({sig.name, &m_bold});
        }
        if (!isBlank(sig.capacity)) {
            signatureLines.append({sig.capacity, &m_body});
        }
        for (qsizetype i = 0; i < signatureLines.size(); ++i) {
            // Room for the handwritten signature and the seal above the name; every line but the
            // last keeps with the next, so the signature never splits over two pages.
            const qreal top = (i == 0 ? 18 : 0) + (i == signedLines ? kSignatureSpaceMm * 72 / 25.4 : 0);
            paragraph(signatureLines.at(i).text, *signatureLines.at(i).font, documentDirection(), Qt::AlignLeft, top, 0,
                      i + 1 < signatureLines.size());
        }
    }

    LetterLayout &m_target;
    const ComposedDocument &m_doc;
    const QPaintDevice &m_device;
    const qreal m_width;
    QFont m_body;
    QFont m_bold;
    QFont m_heading;
    QFont m_title;
    QFont m_marking;
    QFont m_table;
    QFont m_tableBold;
};

LetterLayout::LetterLayout(const ComposedDocument &document, const QStringList &families, const QPaintDevice &device,
                           qreal bodyWidth)
    : m_ruleWidth(kLetterRulePt * device.logicalDpiY() / 72.0)
{
    Builder(*this, document, families, device, bodyWidth).build();
}

LetterLayout::~LetterLayout() = default;

void LetterLayout::paint(QPainter &painter, const RowFragment &fragment, const QPointF &bodyOrigin) const
{
    const Block &block = m_blocks.at(static_cast<size_t>(fragment.block));
    const Row &row = fragment.row < 0 ? *block.header : block.rows.at(static_cast<size_t>(fragment.row));
    const qreal top = bodyOrigin.y() + fragment.top;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const Cell &cell = row.cells.at(c);
        const QRectF box(bodyOrigin.x() + cell.x, top, cell.width, fragment.height);
        if (cell.background) {
            painter.fillRect(box, *cell.background);
        }
        const LineRange range = fragment.lines.value(static_cast<qsizetype>(c));
        if (range.first >= range.last) {
            continue;
        }
        // Lines were stacked from y = 0; this fragment's first line goes below the padding.
        const qreal shift = top + block.padding - cell.text->lineAt(range.first).y();
        const QPointF origin(bodyOrigin.x(), shift);
        // The number goes first: text extraction that follows the drawing order reads "7. Text".
        if (range.first == 0 && cell.number) {
            cell.number->lineAt(0).draw(&painter, origin);
        }
        for (int i = range.first; i < range.last; ++i) {
            cell.text->lineAt(i).draw(&painter, origin);
        }
        if (range.first != 0) {
            continue;
        }
        if (cell.bullet) {
            const QTextLine first = cell.text->lineAt(0);
            const QFontMetricsF metrics(cell.text->font());
            const qreal radius = metrics.xHeight() * 0.3;
            const QPointF centre(bodyOrigin.x() + cell.bulletX, shift + first.y() + first.ascent() - metrics.xHeight() / 2);
            painter.save();
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawEllipse(centre, radius, radius);
            painter.restore();
        }
    }
    if (block.ruled) {
        painter.save();
        painter.setPen(QPen(QColor(QLatin1String(kLetterRuleColour)), m_ruleWidth));
        painter.setBrush(Qt::NoBrush);
        for (const Cell &cell : row.cells) {
            painter.drawRect(QRectF(bodyOrigin.x() + cell.x, top, cell.width, fragment.height));
        }
        painter.restore();
    }
}

} // namespace mla::core
