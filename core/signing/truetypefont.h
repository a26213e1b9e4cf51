#pragma once

// Internal to core/signing: just enough of a TrueType reader to embed a font in a signature
// appearance: Unicode to glyph mapping, advance widths, the metrics of a PDF font descriptor, and
// a subset that keeps glyph ids (unused outlines are emptied, tables PDF does not use are dropped).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <set>
#include <vector>

namespace mla::core::detail {

class TrueTypeFont
{
public:
    /// Parses @p data; null when it is not a TrueType font with glyf outlines.
    static std::shared_ptr<const TrueTypeFont> parse(const QByteArray &data);
    /// The bundled document font (resource :/fonts/NotoSerif-Regular.ttf), parsed once.
    static std::shared_ptr<const TrueTypeFont> documentFont();

    /// 0 (.notdef) when the font has no glyph for @p codePoint.
    quint16 glyphIndex(char32_t codePoint) const { return m_cmap.value(codePoint, 0); }
    /// Advance width of @p glyph in 1/1000 of the em.
    int advanceWidth(quint16 glyph) const;

    int glyphCount() const { return static_cast<int>(m_advance.size()); }
    QString postScriptName() const { return m_postScriptName; }
    // Metrics in 1/1000 em, as a PDF font descriptor wants them.
    int ascent() const { return scaled(m_ascent); }
    int descent() const { return scaled(m_descent); }
    int capHeight() const { return scaled(m_capHeight); }
    int bbox(int i) const { return scaled(m_bbox[i]); }
    double italicAngle() const { return m_italicAngle; }
    bool isFixedPitch() const { return m_fixedPitch; }

    /// A font program with the same glyph ids in which only @p glyphs (plus .notdef and the
    /// components of composite glyphs) keep their outlines. @p kept receives every glyph that did.
    QByteArray subset(const std::set<quint16> &glyphs, std::set<quint16> *kept = nullptr) const;

private:
    struct Table
    {
        quint32 offset = 0;
        quint32 length = 0;
    };

    QByteArray table(const char *tag) const;
    QByteArray glyphData(quint16 glyph) const;
    int scaled(int units) const { return m_unitsPerEm ? units * 1000 / m_unitsPerEm : units; }

    QByteArray m_data;
    QHash<QByteArray, Table> m_tables;
    std::vector<quint32> m_loca; // glyph count + 1 offsets into glyf
    std::vector<quint16> m_advance;
    QHash<char32_t, quint16> m_cmap;
    QString m_postScriptName;
    int m_unitsPerEm = 1000;
    int m_ascent = 0;
    int m_descent = 0;
    int m_capHeight = 0;
    int m_bbox[4] = {0, 0, 0, 0};
    double m_italicAngle = 0;
    bool m_fixedPitch = false;
};

} // namespace mla::core::detail
