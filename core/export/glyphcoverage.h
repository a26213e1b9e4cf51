#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mla::core {

/// The characters a font can draw, read from its character map ('cmap' table).
///
/// Read from the font file itself rather than through QRawFont, so that the check needs no
/// QGuiApplication (the composer runs it, and can run anywhere) and costs one parse per font for
/// the life of the process. A test compares it with QRawFont::supportsCharacter().
class GlyphCoverage
{
public:
    GlyphCoverage() = default;

    /// The code points the cmap of an OpenType or TrueType font maps to a glyph other than
    /// .notdef. Fails on data that is no such font or has no usable Unicode cmap.
    static Result<GlyphCoverage> fromFont(QByteArrayView fontData);

    /// What the fonts bundled with the app can draw together: for every family the characters
    /// both its regular and its bold face have (letters set bold must not fall back to a system
    /// font either), united over all families. Every letter is set in all bundled families (its
    /// own script's first), so this is what any letter can print. Empty when a font resource is
    /// unreadable, which the font registry reports when it registers the fonts.
    static const GlyphCoverage &bundled();

    bool contains(char32_t codePoint) const;
    GlyphCoverage united(const GlyphCoverage &other) const;
    GlyphCoverage intersected(const GlyphCoverage &other) const;
    /// Number of code points covered.
    qsizetype size() const;
    bool isEmpty() const { return m_ranges.isEmpty(); }

    /// The first character of @p text no font of this coverage can draw, skipping what is not
    /// drawn at all (line breaks, tabs, format controls such as U+200D ZERO WIDTH JOINER, and
    /// variation selectors).
    std::optional<char32_t> firstMissing(const QString &text) const;

    /// "U+1F600 (😀)": how an error message names a character.
    static QString describe(char32_t codePoint);

private:
    /// Fills m_bmp from m_ranges; every function that sets m_ranges calls it.
    void indexBasicPlane();

    /// Sorted, disjoint, non-adjacent inclusive ranges.
    QList<std::pair<char32_t, char32_t>> m_ranges;
    /// The Basic Multilingual Plane as a bit set (8 KiB), so that checking a letter of 100 pages
    /// costs a bit test per character rather than a search of the ranges.
    QList<quint64> m_bmp;
};

} // namespace mla::core
