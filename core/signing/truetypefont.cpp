#include "signing/truetypefont.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace mla::core::detail {

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    if (at < 0 || at + 2 > d.size()) {
        return 0;
    }
    return static_cast<quint16>(static_cast<quint8>(d[at]) << 8 | static_cast<quint8>(d[at + 1]));
}

qint16 s16(const QByteArray &d, qsizetype at)
{
    return static_cast<qint16>(u16(d, at));
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return static_cast<quint32>(u16(d, at)) << 16 | u16(d, at + 2);
}

void put16(QByteArray &d, qsizetype at, quint16 v)
{
    d[at] = static_cast<char>(v >> 8);
    d[at + 1] = static_cast<char>(v & 0xff);
}

void put32(QByteArray &d, qsizetype at, quint32 v)
{
    put16(d, at, static_cast<quint16>(v >> 16));
    put16(d, at + 2, static_cast<quint16>(v & 0xffff));
}

void append16(QByteArray &d, quint16 v)
{
    d.append(static_cast<char>(v >> 8));
    d.append(static_cast<char>(v & 0xff));
}

void append32(QByteArray &d, quint32 v)
{
    append16(d, static_cast<quint16>(v >> 16));
    append16(d, static_cast<quint16>(v & 0xffff));
}

quint32 checksum(const QByteArray &d)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < d.size(); i += 4) {
        quint32 word = 0;
        for (int b = 0; b < 4; ++b) {
            word = word << 8 | (i + b < d.size() ? static_cast<quint8>(d[i + b]) : 0u);
        }
        sum += word;
    }
    return sum;
}

// Composite glyph flags (OpenType spec, 'glyf').
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;

} // namespace

std::shared_ptr<const TrueTypeFont> TrueTypeFont::parse(const QByteArray &data)
{
    auto font = std::shared_ptr<TrueTypeFont>(new TrueTypeFont);
    font->m_data = data;
    const quint32 version = u32(data, 0);
    if (data.size() < 12 || (version != 0x00010000 && version != 0x74727565 /* 'true' */)) {
        return {};
    }
    const int tableCount = u16(data, 4);
    for (int i = 0; i < tableCount; ++i) {
        const qsizetype record = 12 + 16 * i;
        if (record + 16 > data.size()) {
            return {};
        }
        Table table{u32(data, record + 8), u32(data, record + 12)};
        if (static_cast<qint64>(table.offset) + table.length > data.size()) {
            return {};
        }
        font->m_tables.insert(data.mid(record, 4), table);
    }
    for (const char *required : {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"}) {
        if (!font->m_tables.contains(QByteArray(required))) {
            return {};
        }
    }
    const QByteArray head = font->table("head");
    const QByteArray hhea = font->table("hhea");
    const QByteArray maxp = font->table("maxp");
    const QByteArray hmtx = font->table("hmtx");
    const QByteArray loca = font->table("loca");
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6) {
        return {};
    }
    font->m_unitsPerEm = u16(head, 18);
    if (font->m_unitsPerEm == 0) {
        return {};
    }
    for (int i = 0; i < 4; ++i) {
        font->m_bbox[i] = s16(head, 36 + 2 * i);
    }
    const bool longLoca = s16(head, 50) == 1;
    font->m_ascent = s16(hhea, 4);
    font->m_descent = s16(hhea, 6);
    font->m_capHeight = font->m_ascent;
    const int glyphs = u16(maxp, 4);
    const int metrics = u16(hhea, 34);
    if (glyphs == 0 || metrics == 0 || metrics > glyphs || hmtx.size() < metrics * 4 ||
        loca.size() < (glyphs + 1) * (longLoca ? 4 : 2)) {
        return {};
    }
    font->m_advance.resize(static_cast<size_t>(glyphs));
    for (int g = 0; g < glyphs; ++g) {
        font->m_advance[static_cast<size_t>(g)] = u16(hmtx, 4 * std::min(g, metrics - 1));
    }
    font->m_loca.resize(static_cast<size_t>(glyphs) + 1);
    const quint32 glyfLength = font->m_tables.value(QByteArrayLiteral("glyf")).length;
    for (int g = 0; g <= glyphs; ++g) {
        const quint32 offset = longLoca ? u32(loca, 4 * g) : 2u * u16(loca, 2 * g);
        font->m_loca[static_cast<size_t>(g)] = std::min(offset, glyfLength);
    }
    if (const QByteArray os2 = font->table("OS/2"); os2.size() >= 90 && u16(os2, 0) >= 2) {
        font->m_capHeight = s16(os2, 88);
    }
    if (const QByteArray post = font->table("post"); post.size() >= 16) {
        font->m_italicAngle = static_cast<qint32>(u32(post, 4)) / 65536.0;
        font->m_fixedPitch = u32(post, 12) != 0;
    }

    // cmap: Windows Unicode BMP (3,1) format 4 and full repertoire (3,10) format 12.
    const QByteArray cmap = font->table("cmap");
    const int subtables = u16(cmap, 2);
    for (int i = 0; i < subtables; ++i) {
        const quint16 platform = u16(cmap, 4 + 8 * i);
        const quint16 encoding = u16(cmap, 6 + 8 * i);
        const qsizetype at = u32(cmap, 8 + 8 * i);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || at >= cmap.size()) {
            continue;
        }
        const quint16 format = u16(cmap, at);
        if (format == 4) {
            const int segments = u16(cmap, at + 6) / 2;
            const qsizetype ends = at + 14;
            const qsizetype starts = ends + 2 * segments + 2;
            const qsizetype deltas = starts + 2 * segments;
            const qsizetype rangeOffsets = deltas + 2 * segments;
            for (int s = 0; s < segments; ++s) {
                const quint16 end = u16(cmap, ends + 2 * s);
                const quint16 start = u16(cmap, starts + 2 * s);
                const quint16 delta = u16(cmap, deltas + 2 * s);
                const quint16 rangeOffset = u16(cmap, rangeOffsets + 2 * s);
                for (quint32 c = start; c <= end && c != 0xffff; ++c) {
                    quint16 glyph = 0;
                    if (rangeOffset == 0) {
                        glyph = static_cast<quint16>(c + delta);
                    } else {
                        const qsizetype glyphAt = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                        glyph = u16(cmap, glyphAt);
                        if (glyph != 0) {
                            glyph = static_cast<quint16>(glyph + delta);
                        }
                    }
                    if (glyph != 0 && glyph < glyphs && !font->m_cmap.contains(c)) {
                        font->m_cmap.insert(c, glyph);
                    }
                }
            }
        } else if (format == 12) {
            const quint32 groups = u32(cmap, at + 12);
            for (quint32 g = 0; g < groups && at + 16 + 12 * (g + 1) <= cmap.size(); ++g) {
                const qsizetype group = at + 16 + 12 * static_cast<qsizetype>(g);
                const quint32 start = u32(cmap, group);
                const quint32 end = std::min<quint32>(u32(cmap, group + 4), 0x10ffff);
                const quint32 first = u32(cmap, group + 8);
                for (quint32 c = start; c <= end; ++c) {
                    const quint32 glyph = first + (c - start);
                    if (glyph < static_cast<quint32>(glyphs)) {
                        font->m_cmap.insert(c, static_cast<quint16>(glyph));
                    }
                }
            }
        }
    }

    // PostScript name: name id 6, Windows (UTF-16BE) or Macintosh (Roman) record.
    const QByteArray name = font->table("name");
    const int records = u16(name, 2);
    const qsizetype strings = u16(name, 4);
    for (int i = 0; i < records && font->m_postScriptName.isEmpty(); ++i) {
        const qsizetype r = 6 + 12 * i;
        const quint16 platform = u16(name, r);
        const quint16 nameId = u16(name, r + 6);
        const quint16 length = u16(name, r + 8);
        const qsizetype at = strings + u16(name, r + 10);
        if (nameId != 6 || at + length > name.size()) {
            continue;
        }
        const QByteArray bytes = name.mid(at, length);
        if (platform == 3 || platform == 0) {
            QString text;
            for (qsizetype k = 0; k + 1 < bytes.size(); k += 2) {
                text += QChar(u16(bytes, k));
            }
            font->m_postScriptName = text;
        } else if (platform == 1) {
            font->m_postScriptName = QString::fromLatin1(bytes);
        }
    }
    // A PDF name may only hold printable ASCII without delimiters.
    QString cleaned;
    for (const QChar c : std::as_const(font->m_postScriptName)) {
        if (c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("[](){}<>/%#").contains(c)) {
            cleaned += c;
        }
    }
    font->m_postScriptName = cleaned.isEmpty() ? QStringLiteral("EmbeddedFont") : cleaned;
    return font;
}

std::shared_ptr<const TrueTypeFont> TrueTypeFont::documentFont()
{
    static std::once_flag once;
    static std::shared_ptr<const TrueTypeFont> font;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/fonts/NotoSerif-Regular.ttf"));
        if (file.open(QIODevice::ReadOnly)) {
            font = parse(file.readAll());
        }
    });
    return font;
}

int TrueTypeFont::advanceWidth(quint16 glyph) const
{
    if (glyph >= m_advance.size()) {
        return 0;
    }
    // Rounded the way PDF readers compare /W against the font program.
    return static_cast<int>(std::lround(m_advance[glyph] * 1000.0 / m_unitsPerEm));
}

QByteArray TrueTypeFont::table(const char *tag) const
{
    const auto it = m_tables.constFind(QByteArray(tag));
    return it == m_tables.constEnd() ? QByteArray() : m_data.mid(it->offset, it->length);
}

QByteArray TrueTypeFont::glyphData(quint16 glyph) const
{
    if (static_cast<size_t>(glyph) + 1 >= m_loca.size()) {
        return {};
    }
    const quint32 start = m_loca[glyph];
    const quint32 end = m_loca[static_cast<size_t>(glyph) + 1];
    if (end <= start) {
        return {};
    }
    const Table glyf = m_tables.value(QByteArrayLiteral("glyf"));
    return m_data.mid(glyf.offset + start, end - start);
}

QByteArray TrueTypeFont::subset(const std::set<quint16> &glyphs, std::set<quint16> *kept) const
{
    // The glyphs to keep: the requested ones, .notdef and, recursively, composite components.
    std::set<quint16> keep = {0};
    std::vector<quint16> pending(glyphs.begin(), glyphs.end());
    while (!pending.empty()) {
        const quint16 glyph = pending.back();
        pending.pop_back();
        if (glyph >= m_advance.size() || !keep.insert(glyph).second) {
            continue;
        }
        const QByteArray data = glyphData(glyph);
        if (data.size() < 10 || s16(data, 0) >= 0) {
            continue;
        }
        qsizetype at = 10;
        quint16 flags = kMoreComponents;
        while ((flags & kMoreComponents) && at + 4 <= data.size()) {
            flags = u16(data, at);
            pending.push_back(u16(data, at + 2));
            at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
            if (flags & kHaveScale) {
                at += 2;
            } else if (flags & kHaveXYScale) {
                at += 4;
            } else if (flags & kHaveTwoByTwo) {
                at += 8;
            }
        }
    }
    if (kept) {
        *kept = keep;
    }

    QByteArray glyf;
    QByteArray loca;
    for (quint16 g = 0; g < m_advance.size(); ++g) {
        append32(loca, static_cast<quint32>(glyf.size()));
        if (keep.count(g)) {
            glyf += glyphData(g);
            while (glyf.size() % 4) {
                glyf.append('\0');
            }
        }
    }
    append32(loca, static_cast<quint32>(glyf.size()));

    QByteArray head = table("head");
    put32(head, 8, 0);  // checkSumAdjustment, set below
    put16(head, 50, 1); // indexToLocFormat: long offsets
    QByteArray post = table("post");
    if (post.size() >= 32) {
        post.truncate(32);
        put32(post, 0, 0x00030000); // version 3: no glyph names
    }

    std::map<QByteArray, QByteArray> tables; // sorted by tag, as the table directory must be
    tables[QByteArrayLiteral("glyf")] = glyf;
    tables[QByteArrayLiteral("loca")] = loca;
    tables[QByteArrayLiteral("head")] = head;
    if (!post.isEmpty()) {
        tables[QByteArrayLiteral("post")] = post;
    }
    for (const char *tag : {"cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "name", "OS/2", "prep"}) {
        const QByteArray data = table(tag);
        if (!data.isEmpty()) {
            tables[QByteArray(tag)] = data;
        }
    }

    const auto count = static_cast<quint16>(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= count) {
        ++entrySelector;
    }
    const quint16 searchRange = static_cast<quint16>(16u << entrySelector);
    QByteArray font;
    append32(font, 0x00010000);
    append16(font, count);
    append16(font, searchRange);
    append16(font, entrySelector);
    append16(font, static_cast<quint16>(count * 16 - searchRange));
    qsizetype offset = 12 + 16 * count;
    qsizetype headOffset = 0;
    QByteArray body;
    for (const auto &[tag, data] : tables) {
        font += tag;
        append32(font, checksum(data));
        append32(font, static_cast<quint32>(offset));
        append32(font, static_cast<quint32>(data.size()));
        if (tag == "head") {
            headOffset = offset;
        }
        body += data;
        while (body.size() % 4) {
            body.append('\0');
        }
        offset = 12 + 16 * count + body.size();
    }
    font += body;
    put32(font, headOffset + 8, 0xB1B0AFBAu - checksum(font));
    return font;
}

} // namespace mla::core::detail
