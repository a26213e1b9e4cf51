#include "export/glyphcoverage.h"

#include "export/fontregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QResource>

#include <algorithm>

namespace mla::core {

namespace {

using Ranges = QList<std::pair<char32_t, char32_t>>;

/// Big-endian reads that never run past the data: a damaged font reads as zeros and is rejected
/// by the bounds checks of its callers instead of crashing the export.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    bool has(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_data.size() && length <= m_data.size() - offset;
    }
    quint16 u16(qsizetype offset) const
    {
        if (!has(offset, 2)) {
            return 0;
        }
        return static_cast<quint16>((static_cast<quint8>(m_data[offset]) << 8) |
                                    static_cast<quint8>(m_data[offset + 1]));
    }
    quint32 u32(qsizetype offset) const
    {
        return (static_cast<quint32>(u16(offset)) << 16) | u16(offset + 2);
    }

private:
    QByteArrayView m_data;
};

void append(Ranges &ranges, char32_t first, char32_t last)
{
    if (!ranges.isEmpty() && first <= ranges.last().second + 1) {
        ranges.last().second = std::max(ranges.last().second, last);
        return;
    }
    ranges.append({first, last});
}

Ranges normalized(Ranges ranges)
{
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const auto &[first, last] : std::as_const(ranges)) {
        append(out, first, last);
    }
    return out;
}

/// Format 4: the Basic Multilingual Plane in segments, each mapping through a delta or an
/// array of glyph ids.
bool readFormat4(const Reader &font, qsizetype table, Ranges &out)
{
    const qsizetype length = font.u16(table + 2);
    const qsizetype segments = font.u16(table + 6) / 2;
    if (!font.has(table, length) || 16 + 8 * segments > length) {
        return false;
    }
    const qsizetype ends = table + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    for (qsizetype i = 0; i < segments; ++i) {
        const char32_t start = font.u16(starts + 2 * i);
        const char32_t end = font.u16(ends + 2 * i);
        const quint16 delta = font.u16(deltas + 2 * i);
        const qsizetype rangeOffsetAt = rangeOffsets + 2 * i;
        const quint16 rangeOffset = font.u16(rangeOffsetAt);
        for (char32_t c = start; c <= end && c != 0xFFFF; ++c) {
            quint16 glyph = 0;
            if (rangeOffset == 0) {
                glyph = static_cast<quint16>(c + delta);
            } else {
                const qsizetype at = rangeOffsetAt + rangeOffset + 2 * static_cast<qsizetype>(c - start);
                glyph = font.u16(at);
                if (glyph != 0) {
                    glyph = static_cast<quint16>(glyph + delta);
                }
            }
            if (glyph != 0) {
                append(out, c, c);
            }
        }
    }
    return true;
}

/// Format 12: groups of consecutive code points with consecutive glyph ids, for all planes.
bool readFormat12(const Reader &font, qsizetype table, Ranges &out)
{
    const qsizetype length = font.u32(table + 4);
    const qsizetype groups = font.u32(table + 12);
    if (!font.has(table, length) || 16 + 12 * groups > length) {
        return false;
    }
    for (qsizetype i = 0; i < groups; ++i) {
        const qsizetype group = table + 16 + 12 * i;
        char32_t first = font.u32(group);
        const char32_t last = std::min<char32_t>(font.u32(group + 4), 0x10FFFF);
        // A group starting at glyph 0 maps its first code point to .notdef.
        if (font.u32(group + 8) == 0) {
            ++first;
        }
        if (first <= last) {
            out.append({first, last});
        }
    }
    return true;
}

} // namespace

Result<GlyphCoverage> GlyphCoverage::fromFont(QByteArrayView fontData)
{
    const Reader font(fontData);
    const auto fail = [] {
        return makeError(ErrorCode::Export, QCoreApplication::translate(
                                                "GlyphCoverage", "The font has no readable character map."));
    };
    const qsizetype tableCount = font.u16(4);
    if (!font.has(0, 12 + 16 * tableCount)) {
        return fail();
    }
    qsizetype cmap = -1;
    for (qsizetype i = 0; i < tableCount; ++i) {
        const qsizetype entry = 12 + 16 * i;
        if (font.u32(entry) == 0x636D6170) { // 'cmap'
            cmap = font.u32(entry + 8);
        }
    }
    if (cmap < 0 || !font.has(cmap, 4)) {
        return fail();
    }
    // The full-repertoire subtable (format 12) when there is one, else the BMP one (format 4);
    // only Unicode encodings (platform 0, or Windows with encoding 1 or 10).
    qsizetype best = -1;
    int bestFormat = 0;
    const qsizetype subtables = font.u16(cmap + 2);
    for (qsizetype i = 0; i < subtables; ++i) {
        const qsizetype record = cmap + 4 + 8 * i;
        const quint16 platform = font.u16(record);
        const quint16 encoding = font.u16(record + 2);
        const qsizetype offset = cmap + font.u32(record + 4);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        const int format = font.u16(offset);
        if (unicode && (format == 12 || format == 4) && format > bestFormat) {
            best = offset;
            bestFormat = format;
        }
    }
    Ranges ranges;
    if (best < 0 || !(bestFormat == 12 ? readFormat12(font, best, ranges) : readFormat4(font, best, ranges))) {
        return fail();
    }
    GlyphCoverage coverage;
    coverage.m_ranges = normalized(std::move(ranges));
    coverage.indexBasicPlane();
    return coverage;
}

void GlyphCoverage::indexBasicPlane()
{
    m_bmp = QList<quint64>(0x10000 / 64, 0);
    for (const auto &[first, last] : std::as_const(m_ranges)) {
        for (char32_t c = first; c <= last && c < 0x10000; ++c) {
            m_bmp[c / 64] |= quint64(1) << (c % 64);
        }
    }
}

const GlyphCoverage &GlyphCoverage::bundled()
{
    static const GlyphCoverage coverage = [] {
        QHash<QString, GlyphCoverage> families;
        for (const BundledFont &bundledFont : FontRegistry::bundledFonts()) {
            const QResource resource(bundledFont.resource);
            const QByteArray data = resource.uncompressedData();
            const Result<GlyphCoverage> face = fromFont(QByteArrayView(data));
            if (!face) {
                return GlyphCoverage();
            }
            const auto it = families.find(bundledFont.family);
            if (it == families.end()) {
                families.insert(bundledFont.family, *face);
            } else {
                *it = it->intersected(*face);
            }
        }
        GlyphCoverage all;
        for (const GlyphCoverage &family : std::as_const(families)) {
            all = all.united(family);
        }
        return all;
    }();
    return coverage;
}

bool GlyphCoverage::contains(char32_t codePoint) const
{
    if (codePoint < 0x10000 && !m_bmp.isEmpty()) {
        return (m_bmp.at(codePoint / 64) >> (codePoint % 64)) & 1;
    }
    const auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), codePoint,
                                     [](char32_t c, const std::pair<char32_t, char32_t> &range) {
                                         return c < range.first;
                                     });
    return it != m_ranges.cbegin() && codePoint <= std::prev(it)->second;
}

GlyphCoverage GlyphCoverage::united(const GlyphCoverage &other) const
{
    Ranges all = m_ranges;
    all.append(other.m_ranges);
    GlyphCoverage out;
    out.m_ranges = normalized(std::move(all));
    out.indexBasicPlane();
    return out;
}

GlyphCoverage GlyphCoverage::intersected(const GlyphCoverage &other) const
{
    GlyphCoverage out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_ranges.size() && j < other.m_ranges.size()) {
        const auto &a = m_ranges.at(i);
        const auto &b = other.m_ranges.at(j);
        const char32_t first = std::max(a.first, b.first);
        const char32_t last = std::min(a.second, b.second);
        if (first <= last) {
            out.m_ranges.append({first, last});
        }
        if (a.second < b.second) {
            ++i;
        } else {
            ++j;
        }
    }
    out.indexBasicPlane();
    return out;
}

qsizetype GlyphCoverage::size() const
{
    qsizetype count = 0;
    for (const auto &[first, last] : m_ranges) {
        count += static_cast<qsizetype>(last - first) + 1;
    }
    return count;
}

std::optional<char32_t> GlyphCoverage::firstMissing(const QString &text) const
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (contains(c)) {
            continue;
        }
        // Not drawn: line breaks and tabs become layout, format controls (joiners, directional
        // marks, soft hyphen) and variation selectors only steer the shaping of their neighbours.
        const bool invisible = c == U'\n' || c == U'\t' || QChar::category(c) == QChar::Other_Format ||
                               (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x034F;
        if (!invisible) {
            return c;
        }
    }
    return std::nullopt;
}

QString GlyphCoverage::describe(char32_t codePoint)
{
    const QString hex = QString::number(static_cast<uint>(codePoint), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    // Controls and unpaired surrogates have no visible form; the code alone names them.
    const bool showable = QChar::isPrint(codePoint) && !QChar::isSurrogate(codePoint);
    return showable ? QStringLiteral("U+%1 (%2)").arg(hex, QString::fromUcs4(&codePoint, 1))
                    : QStringLiteral("U+%1").arg(hex);
}

} // namespace mla::core
