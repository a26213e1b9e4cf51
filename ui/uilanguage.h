#pragma once

#include "model/requestform.h"

#include <QString>
#include <QStringList>

namespace mla::ui {

/// The languages the user interface is translated into, as ISO 639-1 codes ("en" first). The
/// letters a user writes can be in more languages than this: see core::LetterPhrases.
QStringList availableUiLanguages();

/// The name of @p language in itself ("Français"), for the language menu.
QString uiLanguageName(const QString &language);

/// The interface language to use: @p requested when the interface is translated into it,
/// otherwise the first of @p preferred (the system's UI languages, "fr-CA" or "fr_FR" forms
/// accepted) that it is translated into, otherwise English.
QString chooseUiLanguage(const QString &requested, const QStringList &preferred);

/// Loads the interface's translation into @p language, and Qt's own for its standard dialogs
/// and buttons, into the running application; English loads nothing. Replaces an earlier
/// language. False when the translation cannot be loaded (the interface then stays English).
bool installUiLanguage(const QString &language);

/// The language installUiLanguage() put in place ("en" before any call).
QString currentUiLanguage();

/// @p form with its titles, labels, choices and help in the interface language, for showing it;
/// the form itself where the interface is English or the translations cannot be read.
core::RequestForm formInUiLanguage(const core::RequestForm &form);

/// The language chosen in the Help menu, kept in the settings; empty when the user never chose.
QString savedUiLanguage();
void saveUiLanguage(const QString &language);

} // namespace mla::ui
