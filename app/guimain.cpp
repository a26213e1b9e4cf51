#include "demo/democase.h"
#include "mainwindow.h"
#include "mla/buildinfo.h"
#include "storage/casestore.h"
#include "uilanguage.h"
#include "userprompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace {

/// A case file that does not exist yet is created with the fictional demo case, so that a first
/// start shows a complete request to explore instead of an empty window.
mla::core::Result<void> createWithDemo(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return mla::core::makeError(
            mla::core::ErrorCode::Io,
            QCoreApplication::translate("main", "Cannot create the folder of %1.").arg(path));
    }
    auto store = mla::core::CaseStore::open(path, mla::core::CaseStore::OpenMode::OpenOrCreate);
    if (!store) {
        return store.error();
    }
    if (auto demo = mla::core::DemoCase::addTo(**store); !demo) {
        return demo.error();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The same organisation as the command-line tool, so both share one settings folder.
    QApplication::setOrganizationName(QStringLiteral("MLA Request Writer"));
    QApplication::setApplicationName(QStringLiteral("mla-writer"));
    QApplication::setApplicationDisplayName(QStringLiteral("MLA Request Writer"));
    QApplication::setApplicationVersion(QString::fromLatin1(mla::build::kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(mla::build::kAppId));
    QApplication::setWindowIcon(mla::ui::MainWindow::applicationIcon());

    // The interface language is set first, so that everything after it speaks it: --language,
    // else the choice made in Help > Interface Language, else the system's languages.
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "The language of the interface: %1.")
            .arg(mla::ui::availableUiLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    {
        QCommandLineParser early;
        early.addOption(languageOption);
        early.parse(QApplication::arguments()); // the full parse below reports what is wrong
        const QString requested = early.isSet(languageOption) ? early.value(languageOption) : mla::ui::savedUiLanguage();
        mla::ui::installUiLanguage(mla::ui::chooseUiLanguage(requested, QLocale().uiLanguages()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Drafting, validating and exporting requests for mutual legal assistance."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        languageOption.names(),
        QCoreApplication::translate("main", "The language of the interface: %1.")
            .arg(mla::ui::availableUiLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code")));
    parser.addPositionalArgument(
        QStringLiteral("casefile"),
        QCoreApplication::translate("main",
                                    "The case file to open instead of the default one. A file that does not "
                                    "exist yet is created with the fictional demo case."),
        QStringLiteral("[casefile]"));
    parser.process(app);

    QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/cases.%1").arg(mla::core::CaseStore::fileSuffix());
    if (!parser.positionalArguments().isEmpty()) {
        path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    }

    mla::ui::MainWindow window;
    // Shown first, so that a message about the case file appears over the window it concerns.
    window.show();
    if (!QFileInfo::exists(path)) {
        if (auto created = createWithDemo(path); !created) {
            mla::ui::UserPrompts::instance().showError(
                &window, QCoreApplication::translate("main", "Cannot create case file"),
                QCoreApplication::translate("main", "The case file %1 could not be created.\n\n%2")
                    .arg(QDir::toNativeSeparators(path), created.error().message));
        }
    }
    if (window.openCaseFile(path)) {
        window.selectFirstRequest();
    }
    return QApplication::exec();
}
