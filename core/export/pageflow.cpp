#include "export/pageflow.h"

#include <algorithm>
#include <numeric>

namespace mla::core {

namespace {

/// Heights are sums of floating-point line heights; a row that fits "exactly" must not be pushed
/// to the next page by rounding.
constexpr qreal kTolerance = 0.01;

/// A paragraph never leaves fewer lines than this alone at the bottom or the top of a page.
constexpr int kMinLinesAtBreak = 2;

qreal linesHeight(const QList<qreal> &lines, qsizetype first, qsizetype last)
{
    return std::accumulate(lines.begin() + first, lines.begin() + last, qreal(0));
}

qreal rowHeight(const FlowRow &row)
{
    qreal tallest = 0;
    for (const QList<qreal> &column : row.columns) {
        tallest = std::max(tallest, linesHeight(column, 0, column.size()));
    }
    return tallest + 2 * row.padding;
}

qreal blockHeight(const FlowBlock &block)
{
    qreal height = block.header ? rowHeight(*block.header) : 0;
    for (const FlowRow &row : block.rows) {
        height += rowHeight(row);
    }
    return height;
}

bool staysTogether(const FlowBlock &block, qreal bodyHeight)
{
    return block.keepTogether && blockHeight(block) <= bodyHeight / 2;
}

/// What of @p block must be on the page that the block before it (kept with it) ends on.
qreal openingHeight(const FlowBlock &block, qreal bodyHeight)
{
    if (staysTogether(block, bodyHeight)) {
        return blockHeight(block);
    }
    qreal height = block.header ? rowHeight(*block.header) : 0;
    if (block.rows.isEmpty()) {
        return height;
    }
    const FlowRow &first = block.rows.constFirst();
    if (!first.splittable) {
        return height + rowHeight(first);
    }
    qreal tallest = 0;
    for (const QList<qreal> &column : first.columns) {
        tallest = std::max(tallest, linesHeight(column, 0, std::min<qsizetype>(kMinLinesAtBreak, column.size())));
    }
    return height + tallest + 2 * first.padding;
}

class Flow
{
public:
    Flow(const QList<FlowBlock> &blocks, qreal bodyHeight) : m_blocks(blocks), m_bodyHeight(bodyHeight) {}

    PageFlowResult run()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            placeBlock(static_cast<int>(i));
        }
        m_result.pageCount = m_page + 1;
        return std::move(m_result);
    }

private:
    bool atTop() const { return m_y <= kTolerance; }

    void newPage()
    {
        ++m_page;
        m_y = 0;
    }

    qreal gapBefore(const FlowBlock &block) const
    {
        return atTop() ? 0 : std::max(m_lastSpaceAfter, block.spaceBefore);
    }

    /// The chain of keepWithNext blocks starting at @p first and the opening of the block after
    /// it, with the spaces between them but not the space before the chain.
    qreal keptChainHeight(int first) const
    {
        int index = first;
        qreal height = blockHeight(m_blocks.at(index));
        while (m_blocks.at(index).keepWithNext && index + 1 < m_blocks.size()) {
            const FlowBlock &previous = m_blocks.at(index);
            const FlowBlock &next = m_blocks.at(++index);
            const bool nextIsKept = next.keepWithNext && index + 1 < m_blocks.size();
            height += std::max(previous.spaceAfter, next.spaceBefore) +
                      (nextIsKept ? blockHeight(next) : openingHeight(next, m_bodyHeight));
        }
        return height;
    }

    void placeBlock(int index)
    {
        const FlowBlock &block = m_blocks.at(index);
        const bool chainStarts = block.keepWithNext && (index == 0 || !m_blocks.at(index - 1).keepWithNext);
        if (!atTop()) {
            const qreal gap = gapBefore(block);
            if (chainStarts) {
                const qreal chain = keptChainHeight(index);
                // A chain taller than a page cannot be kept together anywhere: it flows on.
                if (m_y + gap + chain > m_bodyHeight + kTolerance && chain <= m_bodyHeight) {
                    newPage();
                }
            } else if (staysTogether(block, m_bodyHeight) && m_y + gap + blockHeight(block) > m_bodyHeight + kTolerance) {
                newPage();
            }
        }
        m_y += gapBefore(block);
        m_headerPage = -1;
        for (qsizetype row = 0; row < block.rows.size(); ++row) {
            placeRow(index, static_cast<int>(row));
        }
        if (block.rows.isEmpty() && block.header) {
            // A table with a header and no rows still shows its header.
            if (!atTop() && m_y + rowHeight(*block.header) > m_bodyHeight + kTolerance) {
                newPage();
            }
            placeHeaderIfDue(index);
        }
        m_lastSpaceAfter = block.spaceAfter;
    }

    /// How many of the lines [first, end) of @p column fit in @p room.
    static qsizetype fittingLines(const QList<qreal> &column, qsizetype first, qreal room)
    {
        qsizetype count = 0;
        qreal used = 0;
        for (qsizetype i = first; i < column.size(); ++i) {
            used += column.at(i);
            if (used > room + kTolerance) {
                break;
            }
            ++count;
        }
        return count;
    }

    void placeHeaderIfDue(int blockIndex)
    {
        const FlowBlock &block = m_blocks.at(blockIndex);
        if (!block.header || m_headerPage == m_page) {
            return;
        }
        RowFragment fragment;
        fragment.block = blockIndex;
        fragment.row = -1;
        fragment.page = m_page;
        fragment.top = m_y;
        fragment.height = rowHeight(*block.header);
        for (const QList<qreal> &column : block.header->columns) {
            fragment.lines.append({0, static_cast<int>(column.size())});
        }
        m_result.fragments.append(fragment);
        m_y += fragment.height;
        m_headerPage = m_page;
    }

    void placeRow(int blockIndex, int rowIndex)
    {
        const FlowBlock &block = m_blocks.at(blockIndex);
        const FlowRow &row = block.rows.at(rowIndex);
        const qsizetype columns = row.columns.size();
        QList<qsizetype> next(columns, 0); // the first line of each column not yet placed
        bool continued = false;
        while (true) {
            const qreal header = block.header && m_headerPage != m_page ? rowHeight(*block.header) : 0;
            qreal rest = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                rest = std::max(rest, linesHeight(row.columns.at(c), next.at(c), row.columns.at(c).size()));
            }
            rest += 2 * row.padding;
            if (m_y + header + rest <= m_bodyHeight + kTolerance) {
                QList<qsizetype> all;
                for (const QList<qreal> &column : row.columns) {
                    all.append(column.size());
                }
                placeFragment(blockIndex, rowIndex, next, all, rest, continued);
                return;
            }
            if (!atTop() && !row.splittable && header + rest <= m_bodyHeight + kTolerance) {
                newPage();
                continue;
            }
            const qreal room = m_bodyHeight - m_y - header - 2 * row.padding;
            QList<qsizetype> end(columns);
            bool anything = false;
            for (qsizetype c = 0; c < columns; ++c) {
                const QList<qreal> &column = row.columns.at(c);
                qsizetype count = fittingLines(column, next.at(c), room);
                const qsizetype left = column.size() - next.at(c);
                if (row.splittable && count < left) {
                    if (count < kMinLinesAtBreak && next.at(c) == 0 && left > count) {
                        count = 0; // no lone first line at the bottom
                    } else if (left - count < kMinLinesAtBreak && count > kMinLinesAtBreak) {
                        count = left - kMinLinesAtBreak; // no lone last line at the top
                    }
                }
                end[c] = next.at(c) + count;
                anything = anything || count > 0;
            }
            if (!anything) {
                if (!atTop()) {
                    newPage();
                    continue;
                }
                // Not even one line fits on an empty page: print one anyway, so the flow ends.
                for (qsizetype c = 0; c < columns; ++c) {
                    end[c] = std::min(next.at(c) + 1, row.columns.at(c).size());
                }
            }
            qreal used = 0;
            bool done = true;
            for (qsizetype c = 0; c < columns; ++c) {
                used = std::max(used, linesHeight(row.columns.at(c), next.at(c), end.at(c)));
                done = done && end.at(c) == row.columns.at(c).size();
            }
            placeFragment(blockIndex, rowIndex, next, end, used + 2 * row.padding, continued);
            if (done) {
                return;
            }
            next = end;
            continued = true;
            newPage();
        }
    }

    void placeFragment(int blockIndex, int rowIndex, const QList<qsizetype> &first, const QList<qsizetype> &last, qreal height,
              bool continued)
    {
        placeHeaderIfDue(blockIndex);
        RowFragment fragment;
        fragment.block = blockIndex;
        fragment.row = rowIndex;
        fragment.page = m_page;
        fragment.top = m_y;
        fragment.height = height;
        fragment.continued = continued;
        for (qsizetype c = 0; c < first.size(); ++c) {
            fragment.lines.append({static_cast<int>(first.at(c)), static_cast<int>(last.at(c))});
        }
        m_result.fragments.append(fragment);
        m_y += height;
    }

    const QList<FlowBlock> &m_blocks;
    const qreal m_bodyHeight;
    PageFlowResult m_result;
    int m_page = 0;
    qreal m_y = 0;
    qreal m_lastSpaceAfter = 0;
    int m_headerPage = -1; ///< the page the current block's header was last printed on
};

} // namespace

PageFlowResult flowPages(const QList<FlowBlock> &blocks, qreal bodyHeight)
{
    return Flow(blocks, bodyHeight).run();
}

} // namespace mla::core
