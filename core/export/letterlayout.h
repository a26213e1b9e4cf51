#pragma once

#include "export/composeddocument.h"
#include "export/pageflow.h"

#include <QList>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
class QPointF;
QT_END_NAMESPACE

namespace mla::core {

/// The rules of the letter (table borders, header and footer lines): thin and grey, opaque
/// because PDF/A-1 has no transparency.
inline constexpr qreal kLetterRulePt = 0.5;
inline constexpr const char *kLetterRuleColour = "#7f7f7f";

/// The body of a letter (everything between the header and footer bands) with its text laid out
/// once, at the body's width, in the device's resolution: paragraphs, headings, tables, lists and
/// the signature as blocks of lines whose heights pagination (flowPages()) can work with, and the
/// painting of any row fragment it places.
///
/// Laying out each paragraph with QTextLayout directly, rather than through QTextDocument, lets
/// the page breaks be decided from one layout: QTextDocument only moves a block to the next page
/// by editing its format, which lays the rest of the document out again for every such break.
///
/// Styles follow the letter: a centred title block, bold headings kept with what follows them,
/// justified numbered paragraphs with a hanging number, bulleted lists, ruled tables with shaded
/// label columns and header rows repeated on every page, and the signature kept together.
/// Right-to-left letters mirror headings, numbers, bullets and table columns; every paragraph and
/// cell takes the direction of its first letter (left to right without letters).
class LetterLayout
{
public:
    /// @p families: the font chain the text is set in (the first family that has a character
    /// draws it). @p device: where the letter is painted; its resolution is the layout's unit.
    LetterLayout(const ComposedDocument &document, const QStringList &families, const QPaintDevice &device,
                 qreal bodyWidth);
    ~LetterLayout();
    LetterLayout(const LetterLayout &) = delete;
    LetterLayout &operator=(const LetterLayout &) = delete;

    const QList<FlowBlock> &flowBlocks() const { return m_flow; }

    /// Paints @p fragment with the body's top left corner at @p bodyOrigin (device pixels).
    void paint(QPainter &painter, const RowFragment &fragment, const QPointF &bodyOrigin) const;

private:
    struct Cell;
    struct Row;
    struct Block;
    class Builder;

    std::vector<Block> m_blocks;
    QList<FlowBlock> m_flow;
    qreal m_ruleWidth = 0;
};

} // namespace mla::core
