#pragma once

#include "util/result.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::core {

/// One font file compiled into core.
struct BundledFont
{
    QString resource; ///< ":/fonts/NotoSerif-Regular.ttf"
    QString family;   ///< the font's own family name, "Noto Serif" (registered as registeredFamily())
    bool bold = false;
};

/// The fonts exported documents are set in. They are compiled into core (resource :/fonts) rather
/// than taken from the system, so a letter comes out with the same glyphs, metrics and page breaks
/// on every machine, and every font the PDF embeds may legally be embedded (SIL OFL 1.1):
/// Noto Serif (Latin, Greek, Cyrillic), Noto Naskh Arabic and Noto Sans CJK SC (simplified
/// Chinese; named explicitly, because font fallback picks the Japanese face, whose shapes differ).
/// Noto Sans CJK SC has no bold face here: Qt emboldens it, which keeps 16 MB out of the app.
///
/// The fonts are registered under private family names ("MLA Noto Serif"): where the system has
/// fonts of the same family, Qt would otherwise take those, and the letter would depend on the
/// machine after all. The PDF still names the fonts by their own PostScript names.
class FontRegistry
{
public:
    /// Registers the bundled fonts with Qt on the first call and returns the Latin family's
    /// registered name ("MLA Noto Serif"), the name to give QFont.
    /// Safe to call from any thread and as often as needed. Fails when no QGuiApplication exists
    /// yet (Qt cannot register fonts without one) or a font resource is missing or unreadable;
    /// a failed attempt is retried on the next call.
    static Result<QString> documentFontFamily();

    /// Registers the bundled fonts like documentFontFamily() and returns familyChain(@p language).
    static Result<QStringList> familiesFor(const QString &language);

    /// The registered families a letter in @p language (a code such as "zh") is set in, in the
    /// order Qt tries them for each character: Noto Serif (Latin, Greek, Cyrillic, digits and
    /// common punctuation in every language), then the family of the language's own script
    /// (Noto Sans CJK SC before Noto Naskh Arabic for Chinese), then the rest, so that a name in
    /// another script still prints in a bundled font.
    static QStringList familyChain(const QString &language);

    /// A font for document text in the registered @p families (a familyChain()): unhinted, because
    /// the outlines go into the PDF as they are and hinting would only bend the advances; and with
    /// no optional ligatures ("ffi", "fl", the Arabic name of God), because Qt's PDF text maps a
    /// ligature glyph to one presentation-form character, so copying "Office" from the PDF gave
    /// "O\uFB03ce", which search and translation tools do not match. Word sets no such ligatures
    /// either. Required ligatures of a script (Arabic lam-alef) stay.
    static QFont documentFont(const QStringList &families, qreal pointSize, bool bold = false);

    /// The name under which the bundled @p family ("Noto Sans CJK SC") is registered with Qt.
    static QString registeredFamily(const QString &family);

    static QList<BundledFont> bundledFonts();
};

} // namespace mla::core
