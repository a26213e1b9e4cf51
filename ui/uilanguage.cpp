#include "uilanguage.h"

#include "export/phrasebook.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace mla::ui {

namespace {

const char *const kLanguageKey = "ui/language";

struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

/// "fr" of "fr-CA", "fr_FR" or "FR".
QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void removeTranslators()
{
    Installed &state = installed();
    for (std::unique_ptr<QTranslator> *translator : {&state.app, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    state.language = QStringLiteral("en");
}

} // namespace

QStringList availableUiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString uiLanguageName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString chooseUiLanguage(const QString &requested, const QStringList &preferred)
{
    const QStringList available = availableUiLanguages();
    if (available.contains(primaryLanguage(requested))) {
        return primaryLanguage(requested);
    }
    for (const QString &tag : preferred) {
        if (available.contains(primaryLanguage(tag))) {
            return primaryLanguage(tag);
        }
    }
    return QStringLiteral("en");
}

bool installUiLanguage(const QString &language)
{
    removeTranslators();
    if (language == QLatin1String("en")) {
        return true;
    }
    auto app = std::make_unique<QTranslator>();
    if (!availableUiLanguages().contains(language) ||
        !app->load(QStringLiteral(":/mla/translations/mla_%1.qm").arg(language))) {
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    Installed &state = installed();
    state.app = std::move(app);
    state.language = language;
    // Qt's own words (OK, Cancel, file dialogs) from the system's Qt translations, when installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return true;
}

QString currentUiLanguage()
{
    return installed().language;
}

core::RequestForm formInUiLanguage(const core::RequestForm &form)
{
    const core::Result<core::FormLabels> labels = core::FormLabels::forLanguage(currentUiLanguage());
    return labels ? labels->translatedForm(form) : form;
}

QString savedUiLanguage()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void saveUiLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguageKey), language);
}

} // namespace mla::ui
