#include "exportpage.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "requesteditor.h"
#include "uilanguage.h"
#include "uitestsupport.h"
#include "testpaths.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>

using namespace mla;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool finished = true;
};

/// The messages of a Qt Linguist file.
QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, true};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            // Either the text itself or numerusform children follow.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations << xml.readElementText();
                }
            }
            if (message.translations.isEmpty()) {
                message.translations << text;
            }
            messages << message;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n|p)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    std::sort(found.begin(), found.end());
    found.removeDuplicates();
    return found;
}

} // namespace

TEST(UiLanguage, FollowsTheRequestThenTheSystemThenEnglish)
{
    EXPECT_EQ(ui::chooseUiLanguage(QStringLiteral("fr"), {QStringLiteral("en-GB")}), QStringLiteral("fr"));
    EXPECT_EQ(ui::chooseUiLanguage(QStringLiteral("fr_FR"), {}), QStringLiteral("fr"));
    EXPECT_EQ(ui::chooseUiLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("fr-CA")}), QStringLiteral("fr"));
    EXPECT_EQ(ui::chooseUiLanguage(QStringLiteral("de"), {QStringLiteral("it-IT")}), QStringLiteral("en"));
    EXPECT_EQ(ui::availableUiLanguages().constFirst(), QStringLiteral("en"));
    EXPECT_EQ(ui::uiLanguageName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_FALSE(ui::installUiLanguage(QStringLiteral("xx")));
    EXPECT_EQ(ui::currentUiLanguage(), QStringLiteral("en"));
}

TEST(UiLanguage, EveryInterfaceStringHasAFrenchTranslation)
{
    // lupdate run over the sources into a copy of the French file: a tr() string added to the
    // code without a translation shows up as unfinished here.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("mla_fr.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MLA_SOURCE_DIR "/translations/mla_fr.ts"), copy));
    const auto run = test::runProgram(QStringLiteral(MLA_LUPDATE_PATH),
                                      {QStringLiteral(MLA_SOURCE_DIR "/ui"), QStringLiteral(MLA_SOURCE_DIR "/app/guimain.cpp"),
                                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                       QStringLiteral("-silent"), QStringLiteral("-ts"), copy});
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    const QList<TsMessage> messages = readTs(copy);
    ASSERT_GT(messages.size(), 200);
    for (const TsMessage &message : messages) {
        const std::string where = (message.context + QStringLiteral(": ") + message.source).toStdString();
        EXPECT_TRUE(message.finished) << "not translated: " << where;
        for (const QString &translation : message.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << "empty: " << where;
            EXPECT_EQ(placeholders(translation), placeholders(message.source)) << where;
            // A menu or button that has a shortcut letter in English keeps one.
            if (QRegularExpression(QStringLiteral("&\\w")).match(message.source).hasMatch()) {
                EXPECT_TRUE(QRegularExpression(QStringLiteral("&\\w")).match(translation).hasMatch()) << where;
            }
        }
    }
}

namespace {

class FrenchInterfaceTest : public test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        // Installed before the window is built, as main() does.
        ASSERT_TRUE(ui::installUiLanguage(QStringLiteral("fr")));
        MainWindowFixture::SetUp();
    }

    void TearDown() override
    {
        MainWindowFixture::TearDown();
        ui::installUiLanguage(QStringLiteral("en"));
    }
};

} // namespace

TEST_F(FrenchInterfaceTest, MenusStepsAndLabelsAreFrench)
{
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions()) {
        menus << action->text();
    }
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("&Affaire"),
                                  QStringLiteral("Ai&de")}));
    ui::RequestEditor *editor = m_window->editor();
    ASSERT_NE(editor, nullptr);
    const auto *steps = editor->findChild<QListWidget *>(QStringLiteral("steps"));
    ASSERT_NE(steps, nullptr);
    EXPECT_TRUE(steps->item(0)->text().startsWith(QStringLiteral("1. Autorité requérante"))) << steps->item(0)->text().toStdString();
    EXPECT_TRUE(steps->item(steps->count() - 1)->text().endsWith(QStringLiteral("Aperçu et export")));
    // Field labels come from the forms' translations, the words of the letters in French.
    QStringList labels;
    for (const QLabel *label : editor->findChildren<QLabel *>()) {
        labels << label->text();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("Adresse postale"))) << labels.join(QStringLiteral(" | ")).toStdString();
    EXPECT_FALSE(labels.contains(QStringLiteral("Postal address")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Imprimée sur chaque page de la demande."))) << "help under a field";
    // What the user typed stays as typed.
    const auto *authority = editor->findChild<QLineEdit *>(QStringLiteral("field:authority.name"));
    ASSERT_NE(authority, nullptr);
    EXPECT_TRUE(authority->text().startsWith(QStringLiteral("Office of the Public Prosecutor")));
    // The export page names the fields still to translate as the editor names them.
    ui::ExportPage *page = editor->exportPage();
    ASSERT_NE(page, nullptr);
    page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("fr")));
    ASSERT_TRUE(page->refresh());
    const auto *note = page->findChild<QLabel *>(QStringLiteral("translationNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("champs de texte libre"))) << note->text().toStdString();
    EXPECT_TRUE(note->toolTip().contains(QStringLiteral("Autorité requérante"))) << note->toolTip().toStdString();
    // The request types offered for a new request carry their French titles.
    m_prompts.newRequestAnswers.enqueue(std::nullopt);
    m_window->newRequest();
    QStringList offered;
    for (const ui::RequestTypeChoice &choice : m_prompts.offeredTypes) {
        offered << choice.title;
    }
    EXPECT_TRUE(offered.contains(QStringLiteral("Demande d’extradition aux fins de poursuites")))
        << offered.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(FrenchInterfaceTest, TheLanguageMenuKeepsTheChoiceForTheNextStart)
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    QAction *english = nullptr;
    for (QAction *action : menu->actions()) {
        EXPECT_EQ(action->isChecked(), action->data().toString() == QStringLiteral("fr"));
        if (action->data().toString() == QStringLiteral("en")) {
            english = action;
        }
    }
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_EQ(ui::savedUiLanguage(), QStringLiteral("en"));
    ASSERT_EQ(m_prompts.informations.size(), 1);
    EXPECT_TRUE(m_prompts.informations.constFirst().text.contains(QStringLiteral("English")));
    EXPECT_EQ(ui::currentUiLanguage(), QStringLiteral("fr")) << "applies at the next start";
}

TEST(UiLanguage, FindingsSpeakTheInterfaceLanguage)
{
    ASSERT_TRUE(ui::installUiLanguage(QStringLiteral("fr")));
    {
        ui::FindingsPanel panel;
        core::ValidationReport report;
        core::Finding finding;
        finding.ruleId = QStringLiteral("MLA_SIGNATURE_NAME");
        finding.message = QStringLiteral("The request has no signatory.");
        finding.action = QStringLiteral("Enter the name of the person who signs the request.");
        finding.citation = QStringLiteral("UNTOC art. 18(15)");
        report.findings << finding;
        report.checksApplicable = 2;
        report.checksSatisfied = 1;
        panel.setReport(report);
        ASSERT_EQ(panel.findingsList()->count(), 1);
        const QString text = panel.findingsList()->item(0)->text();
        EXPECT_TRUE(text.contains(QStringLiteral("La demande n’a pas de signataire."))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Saisissez le nom de la personne qui signe la demande.")));
        // Rule ids and citations name legal texts and stay as they are.
        EXPECT_TRUE(text.contains(QStringLiteral("MLA_SIGNATURE_NAME · UNTOC art. 18(15)")));
    }
    ui::installUiLanguage(QStringLiteral("en"));
}
