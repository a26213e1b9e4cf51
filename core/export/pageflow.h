#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace mla::core {

/// A horizontal band of a letter that stacks vertically: a paragraph (one column of lines) or a
/// table row (one column of lines per cell). Only heights matter to pagination.
struct FlowRow
{
    QList<QList<qreal>> columns; ///< the heights of the lines of each column, top to bottom
    qreal padding = 0;           ///< above the first and below the last line of every column
    /// Table rows move to the next page as a whole when a page break would cut them (unless they
    /// are taller than a page); paragraphs are split between lines.
    bool splittable = true;
};

/// A paragraph, heading or table as pagination sees it.
struct FlowBlock
{
    qreal spaceBefore = 0; ///< collapses with the previous block's spaceAfter; dropped at a page top
    qreal spaceAfter = 0;
    /// Must share a page with the beginning of the next block (a heading, a caption, a lead-in,
    /// the lines of a signature).
    bool keepWithNext = false;
    /// Starts on a new page rather than being cut, when it is at most half a page tall (tables).
    bool keepTogether = false;
    std::optional<FlowRow> header; ///< repeated at the top of every page the block spans
    QList<FlowRow> rows;
};

/// The lines [first, last) of one column of a row that a fragment shows.
struct LineRange
{
    int first = 0;
    int last = 0;

    friend bool operator==(const LineRange &, const LineRange &) = default;
};

/// The part of one row printed on one page. A row split by page breaks has several fragments.
struct RowFragment
{
    int block = 0;
    int row = 0;      ///< index into FlowBlock::rows, or -1 for the block's repeated header
    int page = 0;
    qreal top = 0;    ///< from the top of the page's body
    qreal height = 0; ///< including the padding
    QList<LineRange> lines; ///< one range per column
    bool continued = false; ///< the row began on an earlier page
};

/// Where every row of a letter goes.
struct PageFlowResult
{
    QList<RowFragment> fragments; ///< in reading order, page by page
    int pageCount = 1;
};

/// Paginates @p blocks onto pages whose body is @p bodyHeight tall, in one pass over heights that
/// are already known (the text is laid out once, at the body's width, and never again).
///
/// Rules, in the order they are applied:
/// - a chain of keepWithNext blocks starts a new page when it and the beginning of the block after
///   it (two lines of a paragraph, the header and first row of a table, or all of a table that
///   stays together) do not fit on the rest of the page, unless the chain fills a page by itself;
/// - a keepTogether block no taller than half the body starts a new page rather than being cut;
/// - a table row that does not fit moves to the next page whole unless it is taller than a page,
///   and a table's header row is repeated above its rows on every page;
/// - a paragraph is split between lines, never leaving a single first line at the bottom of a page
///   (unless that is all there is) or a single last line at the top of the next;
/// - a line taller than the whole body is printed on a page of its own and allowed to overflow, so
///   the flow always ends.
PageFlowResult flowPages(const QList<FlowBlock> &blocks, qreal bodyHeight);

} // namespace mla::core
