#pragma once

// Internal to the DOCX writer: the page geometry, fonts and colours of the Word letter, the same
// as the PDF writer's so that the two documents look alike.

#include <QtGlobal>

namespace mla::core::docx {

// Lengths in WordprocessingML units: twips (1/20 pt) for page and paragraph geometry, half-points
// for font sizes, eighths of a point for borders. The values are those of the PDF writer, so the
// two documents look alike.
constexpr int twipsFromMm(double mm)
{
    return static_cast<int>(mm * 1440 / 25.4 + 0.5);
}

constexpr int kPageWidth = twipsFromMm(210);
constexpr int kPageHeight = twipsFromMm(297);
constexpr int kMarginLeft = twipsFromMm(25);
constexpr int kMarginRight = twipsFromMm(20);
constexpr int kMarginTop = twipsFromMm(30);
constexpr int kMarginBottom = twipsFromMm(25);
constexpr int kHeaderDistance = twipsFromMm(12);
constexpr int kFooterDistance = twipsFromMm(10);
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr int kLabelColumnWidth = kTextWidth * 30 / 100;
constexpr int kNumberIndent = 28 * 20;
constexpr int kBulletHang = 14 * 20;
constexpr int kSignatureSpace = twipsFromMm(20);
constexpr int kCellPadding = 4 * 20;
// Beyond this many rows a table is not held together on one page: moving it whole would leave
// most of a page empty.
constexpr int kKeepTogetherRows = 15;
// A row with up to this many characters is kept on one page (a third of a page at most); a longer
// one may break, or it could not be printed at all. A line break counts as a whole line of the
// value column: 300 short lines are a few characters each but taller than a page.
constexpr qsizetype kUnsplitRowCharacters = 1500;
constexpr qsizetype kCharactersPerLineBreak = 60;

const char *const kLatinFont = "Noto Serif";
// Named explicitly: without it LibreOffice and Word fall back to a Japanese CJK face for Chinese.
const char *const kChineseFont = "Noto Sans CJK SC";
const char *const kArabicFont = "Noto Naskh Arabic";
const char *const kRuleColour = "7F7F7F";
const char *const kLabelBackground = "EFEFEF";
const char *const kHeaderBackground = "DCDCDC";
const char *const kApplication = "MLA Request Writer";

const char *const kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const kWordNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

} // namespace mla::core::docx
