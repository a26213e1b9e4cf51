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

QStringList FontRegistry::familyChain(const QString &language)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (primary == QLatin1String("ar") || primary == QLatin1String("fa") || primary == QLatin1String("ur")) {
        return {kNaskh, kSerif, kCjk};
    }
    // Chinese text is set in the CJK face throughout, Latin included, so that the letter has one
    // typeface and its full-width punctuation matches the text around it.
    if (primary == QLatin1String("zh")) {
        return {kCjk, kSerif, kNaskh};
    }
    return {kSerif, kNaskh, kCjk};
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
        return kSerif;
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
        // Uncompressed resources (the 16 MB CJK face) are handed to Qt in place rather than copied.
        const QResource resource(font.resource);
        const int id = resource.isValid() ? QFontDatabase::addApplicationFontFromData(resource.uncompressedData()) : -1;
        if (id >= 0) {
            ids.append(id);
        }
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            return fail(QCoreApplication::translate("FontRegistry", "The bundled font %1 could not be loaded.")
                            .arg(font.resource));
        }
        if (families.constFirst() != font.family) {
            return fail(QCoreApplication::translate("FontRegistry",
                                                    "The bundled font %1 does not belong to the family %2.")
                            .arg(font.resource, font.family));
        }
    }
    done = true;
    return kSerif;
}

} // namespace mla::core
