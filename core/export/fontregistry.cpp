#include "export/fontregistry.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <utility>

namespace mla::core {

namespace {

// The bold face must share the regular face's family, so that bold text in the letter (headings,
// table labels) is set in the bundled font and not substituted from the system.
const char *const kFontResources[] = {":/fonts/NotoSerif-Regular.ttf", ":/fonts/NotoSerif-Bold.ttf"};

} // namespace

Result<QString> FontRegistry::documentFontFamily()
{
    static QMutex mutex;
    static QString family;

    QMutexLocker lock(&mutex);
    if (!family.isEmpty()) {
        return family;
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
    QString registered;
    for (const char *resource : kFontResources) {
        const QString path = QString::fromLatin1(resource);
        const int id = QFontDatabase::addApplicationFont(path);
        if (id >= 0) {
            ids.append(id);
        }
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            return fail(
                QCoreApplication::translate("FontRegistry", "The bundled font %1 could not be loaded.")
                    .arg(path));
        }
        if (!registered.isEmpty() && families.constFirst() != registered) {
            return fail(QCoreApplication::translate("FontRegistry",
                                                    "The bundled font %1 does not belong to the family %2.")
                            .arg(path, registered));
        }
        registered = families.constFirst();
    }
    family = registered;
    return family;
}

} // namespace mla::core
