// Shared main of every test executable: builds the Qt application object the code under test
// needs (fonts and QPdfWriter need a QGuiApplication), then runs GoogleTest.
#include <gmock/gmock.h>

#ifdef MLA_TEST_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ::testing::InitGoogleMock(&argc, argv);
    TestApplication app(argc, argv);
    // Settings (recent files, export folder, interface language) of this process only: CTest runs
    // tests in parallel, and a shared settings file let one test clear another's recent files.
    QTemporaryDir settings;
    if (settings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    return RUN_ALL_TESTS();
}
