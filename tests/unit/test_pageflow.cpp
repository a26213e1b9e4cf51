#include "export/pageflow.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <map>
#include <utility>

using namespace mla::core;

namespace {

constexpr qreal kBody = 100;

/// A paragraph of @p lines lines, each @p height tall.
FlowBlock paragraph(int lines, qreal height = 10, qreal before = 0, qreal after = 0, bool keepWithNext = false)
{
    FlowBlock block;
    block.spaceBefore = before;
    block.spaceAfter = after;
    block.keepWithNext = keepWithNext;
    block.rows.append(FlowRow{{QList<qreal>(lines, height)}, 0, true});
    return block;
}

/// A table of @p rows rows of two one-line cells (10 + 2 × 2 padding = 14 tall), with a header.
FlowBlock table(int rows, bool withHeader = true)
{
    FlowBlock block;
    block.keepTogether = true;
    if (withHeader) {
        block.header = FlowRow{{{10}, {10}}, 2, false};
    }
    for (int i = 0; i < rows; ++i) {
        block.rows.append(FlowRow{{{10}, {10}}, 2, false});
    }
    return block;
}

/// The fragments of block @p block, in order.
QList<RowFragment> fragmentsOf(const PageFlowResult &flow, int block)
{
    QList<RowFragment> out;
    for (const RowFragment &fragment : flow.fragments) {
        if (fragment.block == block) {
            out.append(fragment);
        }
    }
    return out;
}

/// What must hold for every flow: fragments stay inside the body and do not overlap, pages come in
/// order, and every line of every row is placed exactly once, in order.
void expectSound(const QList<FlowBlock> &blocks, const PageFlowResult &flow)
{
    int page = 0;
    qreal bottom = 0;
    std::map<std::pair<int, int>, QList<int>> nextLine; // (block, row) -> next line of each column
    for (const RowFragment &f : flow.fragments) {
        ASSERT_GE(f.page, page) << "pages out of order";
        if (f.page > page) {
            page = f.page;
            bottom = 0;
        }
        EXPECT_GE(f.top + 0.001, bottom) << "overlap on page " << f.page;
        EXPECT_LE(f.top + f.height, kBody + 0.01) << "below the body on page " << f.page;
        bottom = f.top + f.height;
        if (f.row < 0) {
            continue;
        }
        const FlowRow &row = blocks.at(f.block).rows.at(f.row);
        ASSERT_EQ(f.lines.size(), row.columns.size());
        QList<int> &next = nextLine[{f.block, f.row}];
        next.resize(row.columns.size(), 0);
        for (qsizetype c = 0; c < row.columns.size(); ++c) {
            EXPECT_EQ(f.lines.at(c).first, next.at(c)) << "block " << f.block << " row " << f.row;
            next[c] = f.lines.at(c).last;
        }
    }
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (qsizetype r = 0; r < blocks.at(b).rows.size(); ++r) {
            const auto it = nextLine.find({static_cast<int>(b), static_cast<int>(r)});
            ASSERT_NE(it, nextLine.end()) << "block " << b << " row " << r << " never placed";
            for (qsizetype c = 0; c < blocks.at(b).rows.at(r).columns.size(); ++c) {
                EXPECT_EQ(it->second.at(c), blocks.at(b).rows.at(r).columns.at(c).size()) << "lines left out";
            }
        }
    }
    EXPECT_EQ(flow.pageCount, page + 1);
}

} // namespace

TEST(PageFlow, ParagraphsFlowOntoTheNextPageBetweenLines)
{
    const QList<FlowBlock> blocks = {paragraph(6), paragraph(8)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    const QList<RowFragment> second = fragmentsOf(flow, 1);
    ASSERT_EQ(second.size(), 2);
    EXPECT_EQ(second.at(0).page, 0);
    EXPECT_EQ(second.at(0).lines.at(0), (LineRange{0, 4}));
    EXPECT_EQ(second.at(1).page, 1);
    EXPECT_EQ(second.at(1).top, 0);
    EXPECT_TRUE(second.at(1).continued);
    EXPECT_EQ(flow.pageCount, 2);
}

TEST(PageFlow, SpacesCollapseAndAreDroppedAtThePageTop)
{
    const QList<FlowBlock> blocks = {paragraph(9, 10, 5, 6), paragraph(1, 10, 4, 0), paragraph(1, 10, 8, 0)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    EXPECT_EQ(fragmentsOf(flow, 0).at(0).top, 0) << "no space above the first block of a page";
    // 90 + max(6, 4) = 96: the second paragraph's line does not fit and starts the next page.
    const RowFragment second = fragmentsOf(flow, 1).at(0);
    EXPECT_EQ(second.page, 1);
    EXPECT_EQ(second.top, 0);
    const RowFragment third = fragmentsOf(flow, 2).at(0);
    EXPECT_EQ(third.top, 18) << "10 + max(0, 8)";
}

TEST(PageFlow, AHeadingNeverEndsAPage)
{
    // The heading fits at the bottom of page 1, but the paragraph after it does not start there.
    const QList<FlowBlock> blocks = {paragraph(8), paragraph(1, 12, 0, 0, true), paragraph(5)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    EXPECT_EQ(fragmentsOf(flow, 1).at(0).page, 1);
    EXPECT_EQ(fragmentsOf(flow, 1).at(0).top, 0);
    EXPECT_EQ(fragmentsOf(flow, 2).at(0).page, 1);
}

TEST(PageFlow, AHeadingStaysWhenTwoLinesOfItsParagraphFollowIt)
{
    const QList<FlowBlock> blocks = {paragraph(6), paragraph(1, 10, 0, 0, true), paragraph(5)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    EXPECT_EQ(fragmentsOf(flow, 1).at(0).page, 0);
    EXPECT_EQ(fragmentsOf(flow, 2).at(0).page, 0);
    EXPECT_EQ(fragmentsOf(flow, 2).at(0).lines.at(0), (LineRange{0, 3}));
}

TEST(PageFlow, AChainOfKeptBlocksMovesTogether)
{
    // heading + caption + a small table that stays together: all three move.
    const QList<FlowBlock> blocks = {paragraph(5), paragraph(1, 10, 0, 0, true), paragraph(1, 10, 0, 0, true),
                                     table(2)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    for (int block : {1, 2, 3}) {
        EXPECT_EQ(fragmentsOf(flow, block).constFirst().page, 1) << "block " << block;
    }
    EXPECT_EQ(fragmentsOf(flow, 1).at(0).top, 0);
}

TEST(PageFlow, AChainTallerThanAPageFlowsOn)
{
    const QList<FlowBlock> blocks = {paragraph(3), paragraph(12, 10, 0, 0, true), paragraph(2)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    EXPECT_EQ(fragmentsOf(flow, 1).at(0).page, 0) << "no empty page in front of a chain that cannot fit";
    EXPECT_EQ(flow.pageCount, 2);
}

TEST(PageFlow, ASmallTableIsNotCut)
{
    // A header and 2 rows (42) are at most half the body and move whole; with 4 rows (70) they are not.
    const QList<FlowBlock> small = {paragraph(7), table(2)};
    const PageFlowResult smallFlow = flowPages(small, kBody);
    expectSound(small, smallFlow);
    for (const RowFragment &f : fragmentsOf(smallFlow, 1)) {
        EXPECT_EQ(f.page, 1);
    }
    const QList<FlowBlock> large = {paragraph(7), table(4)};
    const PageFlowResult largeFlow = flowPages(large, kBody);
    expectSound(large, largeFlow);
    EXPECT_EQ(fragmentsOf(largeFlow, 1).constFirst().page, 0) << "a table over half a page starts where it is";
}

TEST(PageFlow, ALongTableRepeatsItsHeaderAndBreaksBetweenRows)
{
    const QList<FlowBlock> blocks = {paragraph(2), table(12)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    const QList<RowFragment> fragments = fragmentsOf(flow, 1);
    std::map<int, int> headersPerPage;
    std::map<int, qreal> firstTopPerPage;
    for (const RowFragment &f : fragments) {
        if (firstTopPerPage.count(f.page) == 0) {
            firstTopPerPage[f.page] = f.top;
            EXPECT_EQ(f.row, -1) << "page " << f.page << " does not start the table with its header";
        }
        if (f.row < 0) {
            ++headersPerPage[f.page];
        } else {
            EXPECT_FALSE(f.continued) << "a row that fits on a page is never cut";
        }
    }
    ASSERT_EQ(headersPerPage.size(), 3u); // 20 + 14 × 13 = 202: three pages
    for (const auto &[page, count] : headersPerPage) {
        EXPECT_EQ(count, 1) << "page " << page;
    }
}

TEST(PageFlow, NoLoneFirstOrLastLine)
{
    // One line of room at the bottom: the paragraph starts on the next page.
    const QList<FlowBlock> orphan = {paragraph(9), paragraph(4)};
    const PageFlowResult orphanFlow = flowPages(orphan, kBody);
    expectSound(orphan, orphanFlow);
    EXPECT_EQ(fragmentsOf(orphanFlow, 1).size(), 1);
    EXPECT_EQ(fragmentsOf(orphanFlow, 1).at(0).page, 1);
    // Five lines of room for six: two go over, not one.
    const QList<FlowBlock> widow = {paragraph(5), paragraph(6)};
    const PageFlowResult widowFlow = flowPages(widow, kBody);
    expectSound(widow, widowFlow);
    const QList<RowFragment> parts = fragmentsOf(widowFlow, 1);
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0).lines.at(0), (LineRange{0, 4}));
    EXPECT_EQ(parts.at(1).lines.at(0), (LineRange{4, 6}));
}

TEST(PageFlow, ARowTallerThanAPageIsSplitBetweenTheLinesOfEachCell)
{
    FlowBlock tall;
    tall.keepTogether = true;
    tall.header = FlowRow{{{10}, {10}}, 2, false};
    tall.rows.append(FlowRow{{QList<qreal>(3, 10), QList<qreal>(25, 10)}, 2, false});
    const QList<FlowBlock> blocks = {paragraph(2), tall};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    QList<RowFragment> rowParts;
    for (const RowFragment &f : fragmentsOf(flow, 1)) {
        if (f.row == 0) {
            rowParts.append(f);
        }
    }
    ASSERT_GE(rowParts.size(), 3);
    EXPECT_EQ(rowParts.at(0).page, 0) << "a row taller than a page starts where it is";
    EXPECT_EQ(rowParts.at(0).lines.at(0), (LineRange{0, 3}));
    EXPECT_EQ(rowParts.at(1).lines.at(0), (LineRange{3, 3})) << "the short cell is done";
}

TEST(PageFlow, ALineTallerThanThePageIsPrintedAndTheFlowEnds)
{
    const QList<FlowBlock> blocks = {paragraph(2), paragraph(1, 250), paragraph(1)};
    const PageFlowResult flow = flowPages(blocks, kBody);
    ASSERT_EQ(flow.fragments.size(), 3);
    EXPECT_EQ(flow.fragments.at(1).page, 1);
    EXPECT_EQ(flow.fragments.at(2).page, 2);
    EXPECT_EQ(flow.pageCount, 3);
}

TEST(PageFlow, ATableWithOnlyItsHeaderShowsTheHeader)
{
    FlowBlock empty = table(0);
    const QList<FlowBlock> blocks = {paragraph(9), empty};
    const PageFlowResult flow = flowPages(blocks, kBody);
    expectSound(blocks, flow);
    const QList<RowFragment> fragments = fragmentsOf(flow, 1);
    ASSERT_EQ(fragments.size(), 1);
    EXPECT_EQ(fragments.at(0).row, -1);
    EXPECT_EQ(fragments.at(0).page, 1) << "14 does not fit below 90";
}

TEST(PageFlow, NothingToFlowIsOnePage)
{
    const PageFlowResult flow = flowPages({}, kBody);
    EXPECT_TRUE(flow.fragments.isEmpty());
    EXPECT_EQ(flow.pageCount, 1);
}

TEST(PageFlow, RandomLettersAlwaysFlowSoundly)
{
    // Thousands of random letters (fixed seed, so a failure repeats): paragraphs, kept chains and
    // tables of every size, including rows taller than a page. The flow always ends, nothing
    // overlaps or leaves the body, and every line is placed once, in order.
    QRandomGenerator random(20261128);
    for (int letter = 0; letter < 2000; ++letter) {
        QList<FlowBlock> blocks;
        const int count = random.bounded(1, 25);
        for (int b = 0; b < count; ++b) {
            FlowBlock block;
            block.spaceBefore = random.bounded(8);
            block.spaceAfter = random.bounded(8);
            block.keepWithNext = random.bounded(4) == 0;
            if (random.bounded(3) == 0) {
                block.keepTogether = true;
                const int columns = random.bounded(1, 4);
                const auto row = [&random, columns](int maxLines) {
                    FlowRow r{{}, 2, false};
                    for (int c = 0; c < columns; ++c) {
                        r.columns.append(QList<qreal>(random.bounded(1, maxLines), 10));
                    }
                    return r;
                };
                if (random.bounded(2) == 0) {
                    block.header = row(3);
                }
                const int rows = random.bounded(1, 12);
                for (int r = 0; r < rows; ++r) {
                    block.rows.append(row(random.bounded(2) == 0 ? 4 : 14));
                }
            } else {
                block.rows.append(FlowRow{{QList<qreal>(random.bounded(1, 30), 8 + random.bounded(5))}, 0, true});
            }
            blocks.append(block);
        }
        const PageFlowResult flow = flowPages(blocks, kBody);
        SCOPED_TRACE(letter);
        expectSound(blocks, flow);
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
}
