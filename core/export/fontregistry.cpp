#include "export/fontregistry.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QResource>

#include <utility>

namespace mla::core {

namespace {

const QString kSerif = QStringLiteral("Noto Serif");
const QString kNaskh = QStringLiteral("Noto Naskh Arabic");
const QString kCjk = QStringLiteral("Noto Sans CJK SC");

// Registered under their own family names with this prefix. Qt takes a font that several files
// provide under one family name from the first it knows, which is the system's: on a machine with
// Debian's fonts-noto-cjk, "Noto Sans CJK SC" would come from the system's collection, with its
// version's metrics and without the character-map fix of the bundled face (see
// resources/fonts/extract-ttc-face.py). Under a name no system font has, the bundled files are the
// only candidates. The PostScript names, which the PDF shows, stay the fonts' own.
const QString kPrivatePrefix = QStringLiteral("MLA ");

quint16 u16(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size()) {
        return 0;
    }
    return static_cast<quint16>((static_cast<quint8>(data[at]) << 8) | static_cast<quint8>(data[at + 1]));
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return (static_cast<quint32>(u16(data, at)) << 16) | u16(data, at + 2);
}

void putU16(QByteArray &data, qsizetype at, quint32 value)
{
    data[at] = static_cast<char>((value >> 8) & 0xFF);
    data[at + 1] = static_cast<char>(value & 0xFF);
}

void putU32(QByteArray &data, qsizetype at, quint32 value)
{
    putU16(data, at, value >> 16);
    putU16(data, at + 2, value & 0xFFFF);
}

quint32 tableChecksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype at = 0; at < table.size(); at += 4) {
        quint32 word = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            word = (word << 8) | (at + i < table.size() ? static_cast<quint8>(table[at + i]) : 0);
        }
        sum += word;
    }
    return sum;
}

/// @p font (an OpenType/TrueType file) with kPrivatePrefix before its family, full and typographic
/// family names (name ids 1, 4 and 16) in every record. The new name table is appended and the
/// table directory pointed at it; every other byte stays as it is. Empty when the font cannot be
/// read that way, which registration then reports.
QByteArray withPrivateFamilyName(const QByteArray &font)
{
    const qsizetype tableCount = u16(font, 4);
    qsizetype entry = -1;
    for (qsizetype i = 0; i < tableCount; ++i) {
        if (u32(font, 12 + 16 * i) == 0x6E616D65) { // 'name'
            entry = 12 + 16 * i;
        }
    }
    if (entry < 0) {
        return {};
    }
    const QByteArray name = font.mid(u32(font, entry + 8), u32(font, entry + 12));
    const qsizetype count = u16(name, 2);
    const qsizetype storage = u16(name, 4);
    if (u16(name, 0) != 0 || name.size() < 6 + 12 * count) {
        return {};
    }
    QByteArray records;
    QByteArray strings;
    for (qsizetype r = 0; r < count; ++r) {
        const qsizetype record = 6 + 12 * r;
        const quint16 platform = u16(name, record);
        const quint16 nameId = u16(name, record + 6);
        QByteArray text = name.mid(storage + u16(name, record + 10), u16(name, record + 8));
        if (nameId == 1 || nameId == 4 || nameId == 16) {
            // UTF-16BE for Unicode and Windows records, one byte per character for Macintosh ones.
            QByteArray prefix;
            for (const QChar c : kPrivatePrefix) {
                if (platform != 1) {
                    prefix += '\0';
                }
                prefix += static_cast<char>(c.unicode());
            }
            text.prepend(prefix);
        }
        if (strings.size() + text.size() > 0xFFFF) {
            return {};
        }
        QByteArray out = name.mid(record, 12);
        putU16(out, 8, static_cast<quint32>(text.size()));
        putU16(out, 10, static_cast<quint32>(strings.size()));
        records += out;
        strings += text;
    }
    QByteArray table = name.left(6);
    putU16(table, 4, static_cast<quint32>(6 + records.size()));
    table += records + strings;

    QByteArray out = font;
    out.append((4 - out.size() % 4) % 4, '\0');
    putU32(out, entry + 4, tableChecksum(table));
    putU32(out, entry + 8, static_cast<quint32>(out.size()));
    putU32(out, entry + 12, static_cast<quint32>(table.size()));
    out += table;
    return out;
}

} // namespace

QList<BundledFont> FontRegistry::bundledFonts()
{
    // A bold face must share its regular face's family, so that bold text in the letter
    // (headings, table labels) is set in the bundled font and not substituted from the system.
    return {
        {QStringLiteral(":/fonts/NotoSerif-Regular.ttf"), kSerif, false},
        {QStringLiteral(":/fonts/NotoSerif-Bold.ttf"), kSerif, true},
        {QStringLiteral(":/fonts/NotoNaskhArabic-Regular.ttf"), kNaskh, false},
        {QStringLiteral(":/fonts/NotoNaskhArabic-Bold.ttf"), kNaskh, true},
        {QStringLiteral(":/fonts/NotoSansCJKsc-Regular.otf"), kCjk, false},
    };
}

QString FontRegistry::registeredFamily(const QString &family)
{
    return kPrivatePrefix + family;
}

QStringList FontRegistry::familyChain(const QString &language)
{
    // Noto Serif first in every language: Latin letters, digits and punctuation then always come
    // from it. Noto Naskh Arabic and Noto Sans CJK SC have their own glyphs for those too, but
    // their shaping swaps in glyphs outside their character maps (Naskh's period in Latin text,
    // the CJK face's digits), and Qt's PDF engine can give such glyphs no text: "14.2" would be
    // found and copied as "14 2". Arabic letters and Han ideographs come from their own families,
    // the language's own one first for the few characters both have.
    const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    QStringList families = {kSerif, kNaskh, kCjk};
    if (primary == QLatin1String("zh")) {
        families = {kSerif, kCjk, kNaskh};
    }
    for (QString &family : families) {
        family = registeredFamily(family);
    }
    return families;
}

QFont FontRegistry::documentFont(const QStringList &families, qreal pointSize, bool bold)
{
    QFont font(families.isEmpty() ? QString() : families.constFirst());
    // The whole chain: Qt takes each character from the first family that has it.
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Qt 6.4 has no QFont::setFeature(); any letter spacing, even 100 % (which spaces nothing),
    // makes its shaper switch off the optional ligature features. A test reads "Office" back.
    font.setLetterSpacing(QFont::PercentageSpacing, 100.0);
    return font;
}

Result<QStringList> FontRegistry::familiesFor(const QString &language)
{
    const Result<QString> registered = documentFontFamily();
    if (!registered) {
        return registered.error();
    }
    return familyChain(language);
}

Result<QString> FontRegistry::documentFontFamily()
{
    static QMutex mutex;
    static bool done = false;

    QMutexLocker lock(&mutex);
    if (done) {
        return registeredFamily(kSerif);
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Export,
                         QCoreApplication::translate(
                             "FontRegistry", "The document fonts need a running graphical application."));
    }
    // A half-registered set is rolled back so that a retry does not register a face twice.
    QList<int> ids;
    const auto fail = [&ids](const QString &message) -> Result<QString> {
        for (const int id : std::as_const(ids)) {
            QFontDatabase::removeApplicationFont(id);
        }
        return makeError(ErrorCode::Export, message);
    };
    for (const BundledFont &font : bundledFonts()) {
        const QResource resource(font.resource);
        const QByteArray data = resource.isValid() ? withPrivateFamilyName(resource.uncompressedData()) : QByteArray();
        const int id = data.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(data);
        if (id >= 0) {
            ids.append(id);
        }
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            return fail(QCoreApplication::translate("FontRegistry", "The bundled font %1 could not be loaded.")
                            .arg(font.resource));
        }
        if (!families.contains(registeredFamily(font.family))) {
            return fail(QCoreApplication::translate("FontRegistry",
                                                    "The bundled font %1 does not belong to the family %2.")
                            .arg(font.resource, font.family));
        }
    }
    done = true;
    return registeredFamily(kSerif);
}

} // namespace mla::core
