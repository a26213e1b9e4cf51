#include "findingspanel.h"
#include "requesteditor.h"
#include "statepackpanel.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>
#include <QWheelEvent>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace mla;

namespace {

const QString kFacts = QStringLiteral("facts.summary");

class RequestEditorTest : public test::EditorFixture
{
protected:
    template <typename T>
    T *field(const core::FieldRef &ref) const
    {
        return m_editor->findChild<T *>(QStringLiteral("field:") + ref.toString());
    }

    int stepOf(const QString &stepId) const
    {
        const QList<core::FormStep> &steps = m_document->form().steps();
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == stepId) {
                return i;
            }
        }
        return -1;
    }

    QString storedValue(const QString &key) const
    {
        // A second connection, as a restarted app would open the file.
        auto reopened = core::CaseStore::open(casePath(), core::CaseStore::OpenMode::OpenExisting);
        EXPECT_TRUE(reopened.ok());
        auto request = (*reopened)->loadRequest(m_requestId);
        EXPECT_TRUE(request.ok());
        return request->value(key);
    }

    QListWidgetItem *findingItem(const QString &ruleId) const
    {
        QListWidget *list = m_editor->findingsPanel()->findingsList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(ui::FindingsPanel::RuleIdRole).toString() == ruleId) {
                return list->item(i);
            }
        }
        return nullptr;
    }

    void click(QListWidgetItem *item) const
    {
        QListWidget *list = m_editor->findingsPanel()->findingsList();
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

};

TEST_F(RequestEditorTest, BuildsOneStepPerFormStepPlusPreview)
{
    const int formSteps = static_cast<int>(m_document->form().steps().size());
    EXPECT_EQ(m_editor->stepCount(), formSteps + 1);
    EXPECT_EQ(m_editor->stepList()->count(), formSteps + 1);
    EXPECT_EQ(m_editor->exportStepIndex(), formSteps);
    EXPECT_TRUE(m_editor->stepList()->item(formSteps)->text().contains(QStringLiteral("Preview and export")));

    // Every field kind gets its widget, named after the field.
    EXPECT_NE(field<QPlainTextEdit>({{}, 0, kFacts}), nullptr);
    EXPECT_NE(field<QLineEdit>({{}, 0, QStringLiteral("authority.name")}), nullptr);
    EXPECT_NE(field<QComboBox>({{}, 0, QStringLiteral("legalBasis.kind")}), nullptr);
    EXPECT_NE(field<QCheckBox>({{}, 0, QStringLiteral("urgency.isUrgent")}), nullptr);
    const QList<core::CollectionItem> measures = m_document->request().items(QStringLiteral("measures"));
    ASSERT_EQ(measures.size(), 2);
    for (const core::CollectionItem &measure : measures) {
        auto *nexus =
            field<QPlainTextEdit>({QStringLiteral("measures"), measure.id, QStringLiteral("nexus")});
        ASSERT_NE(nexus, nullptr);
        EXPECT_EQ(nexus->toPlainText(), measure.value(QStringLiteral("nexus")));
    }
    EXPECT_NE(m_editor->findChild<QPushButton *>(QStringLiteral("add:measures")), nullptr);

    // Each step's badge counts the blocking findings that lead to it.
    QList<int> expected(formSteps, 0);
    for (const core::Finding &finding : m_editor->report().findings) {
        if (finding.severity == core::Severity::Blocking && m_editor->stepIndexFor(finding) >= 0) {
            ++expected[m_editor->stepIndexFor(finding)];
        }
    }
    for (int i = 0; i < formSteps; ++i) {
        EXPECT_EQ(m_editor->stepList()->item(i)->data(ui::RequestEditor::BlockingCountRole).toInt(),
                  expected.at(i))
            << m_editor->stepList()->item(i)->text().toStdString() << ": "
            << m_editor->findingsPanel()->ruleIds().join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(RequestEditorTest, FindingsFollowTypingAndEditsPersist)
{
    ui::FindingsPanel *panel = m_editor->findingsPanel();
    auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("completeness"));
    ASSERT_NE(progress, nullptr);
    const int before = progress->value();
    EXPECT_EQ(before, m_editor->report().completenessPercent());
    EXPECT_FALSE(panel->ruleIds().contains(QStringLiteral("CONV-15C-FACTS")));

    auto *facts = field<QPlainTextEdit>({{}, 0, kFacts});
    ASSERT_NE(facts, nullptr);
    const QString original = facts->toPlainText();
    ASSERT_FALSE(original.isEmpty());
    ASSERT_FALSE(original.contains(QLatin1Char('\n')));
    m_editor->setCurrentStep(stepOf(QStringLiteral("facts")));
    QTest::keyClick(facts, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(facts, Qt::Key_Delete);
    ASSERT_TRUE(facts->toPlainText().isEmpty());

    EXPECT_TRUE(panel->ruleIds().contains(QStringLiteral("CONV-15C-FACTS")));
    const int cleared = progress->value();
    EXPECT_LT(cleared, before);
    EXPECT_EQ(m_editor->stepList()
                  ->item(stepOf(QStringLiteral("facts")))
                  ->data(ui::RequestEditor::BlockingCountRole)
                  .toInt(),
              1);
    EXPECT_TRUE(
        m_editor->stepList()->item(stepOf(QStringLiteral("facts")))->text().endsWith(QStringLiteral("(1)")));
    EXPECT_EQ(storedValue(kFacts), QString());

    // Typing the summary back in restores the figures (keystroke by keystroke, as a user would).
    QTest::keyClicks(facts, original);
    EXPECT_FALSE(panel->ruleIds().contains(QStringLiteral("CONV-15C-FACTS")));
    EXPECT_EQ(progress->value(), before);
    EXPECT_EQ(m_document->request().value(kFacts), original);
    EXPECT_EQ(storedValue(kFacts), original);
}

TEST_F(RequestEditorTest, ActivatingAFindingSwitchesStepAndFocusesTheField)
{
    m_editor->setCurrentStep(0);
    m_document->setValue(kFacts, QString());
    QListWidgetItem *item = findingItem(QStringLiteral("CONV-15C-FACTS"));
    ASSERT_NE(item, nullptr);
    click(item);
    EXPECT_EQ(m_editor->currentStep(), stepOf(QStringLiteral("facts")));
    EXPECT_EQ(m_editor->focusWidget(), field<QPlainTextEdit>({{}, 0, kFacts}));

    // A finding about one entry leads to that entry's widget.
    const qint64 secondMeasure = m_document->request().items(QStringLiteral("measures")).at(1).id;
    m_document->setItemValue(QStringLiteral("measures"), secondMeasure, QStringLiteral("description"),
                             QString());
    m_editor->setCurrentStep(0);
    item = findingItem(QStringLiteral("CONV-15D-DESCRIPTION"));
    ASSERT_NE(item, nullptr);
    click(item);
    EXPECT_EQ(m_editor->currentStep(), stepOf(QStringLiteral("measures")));
    EXPECT_EQ(m_editor->focusWidget(), field<QPlainTextEdit>({QStringLiteral("measures"), secondMeasure,
                                                              QStringLiteral("description")}));

    // Too few entries lead to the Add button.
    for (const core::CollectionItem &offence : m_document->request().items(QStringLiteral("offences"))) {
        m_document->removeItem(QStringLiteral("offences"), offence.id);
    }
    m_editor->setCurrentStep(0);
    item = findingItem(QStringLiteral("OFFENCE-PRESENT"));
    ASSERT_NE(item, nullptr);
    click(item);
    EXPECT_EQ(m_editor->currentStep(), stepOf(QStringLiteral("offences")));
    EXPECT_EQ(m_editor->focusWidget(), m_editor->addButton(QStringLiteral("offences")));

    // An "any of" finding names no single field; it leads to the first one it lists.
    m_document->setValue(QStringLiteral("authority.email"), QString());
    m_document->setValue(QStringLiteral("authority.phone"), QString());
    m_editor->setCurrentStep(stepOf(QStringLiteral("facts")));
    item = findingItem(QStringLiteral("CONTACT-CHANNEL"));
    ASSERT_NE(item, nullptr);
    click(item);
    EXPECT_EQ(m_editor->currentStep(), stepOf(QStringLiteral("authority")));
    EXPECT_EQ(m_editor->focusWidget(), field<QLineEdit>({{}, 0, QStringLiteral("authority.email")}));
}

TEST_F(RequestEditorTest, UndoRestoresWidgetAndStore)
{
    auto *facts = field<QPlainTextEdit>({{}, 0, kFacts});
    ASSERT_NE(facts, nullptr);
    const QString original = facts->toPlainText();
    facts->moveCursor(QTextCursor::End);
    QTest::keyClicks(facts, QStringLiteral(" More text."));
    EXPECT_EQ(storedValue(kFacts), original + QStringLiteral(" More text."));
    // Typing into one field merges into one undo step.
    EXPECT_EQ(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    EXPECT_EQ(facts->toPlainText(), original);
    EXPECT_EQ(storedValue(kFacts), original);
    EXPECT_EQ(m_editor->currentStep(), stepOf(QStringLiteral("facts")));

    m_document->undoStack()->redo();
    EXPECT_EQ(facts->toPlainText(), original + QStringLiteral(" More text."));

    // A choice and a flag follow undo as well, and the flag's dependent fields with it.
    auto *urgent = field<QCheckBox>({{}, 0, QStringLiteral("urgency.isUrgent")});
    auto *reasons = field<QPlainTextEdit>({{}, 0, QStringLiteral("urgency.reasons")});
    ASSERT_NE(urgent, nullptr);
    ASSERT_NE(reasons, nullptr);
    m_editor->setCurrentStep(stepOf(QStringLiteral("urgency")));
    ASSERT_TRUE(urgent->isChecked());
    EXPECT_TRUE(reasons->isVisible());
    urgent->click();
    EXPECT_EQ(m_document->request().value(QStringLiteral("urgency.isUrgent")), QStringLiteral("false"));
    EXPECT_FALSE(reasons->isVisible());
    m_document->undoStack()->undo();
    EXPECT_TRUE(urgent->isChecked());
    EXPECT_TRUE(reasons->isVisible());

    auto *basis = field<QComboBox>({{}, 0, QStringLiteral("legalBasis.kind")});
    ASSERT_NE(basis, nullptr);
    EXPECT_EQ(basis->currentData().toString(), QStringLiteral("convention"));
    basis->setCurrentIndex(basis->findData(QStringLiteral("reciprocity")));
    EXPECT_EQ(m_document->request().value(QStringLiteral("legalBasis.kind")), QStringLiteral("reciprocity"));
    m_document->undoStack()->undo();
    EXPECT_EQ(basis->currentData().toString(), QStringLiteral("convention"));
}

TEST_F(RequestEditorTest, AddingAndRemovingEntriesIsUndoable)
{
    const QString measures = QStringLiteral("measures");
    m_editor->setCurrentStep(stepOf(measures));
    QPushButton *add = m_editor->addButton(measures);
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    const QList<core::CollectionItem> items = m_document->request().items(measures);
    ASSERT_EQ(items.size(), 3);
    const qint64 added = items.last().id;
    auto *kind = field<QComboBox>({measures, added, QStringLiteral("kind")});
    ASSERT_NE(kind, nullptr);
    EXPECT_EQ(m_editor->focusWidget(), kind);
    auto *box = m_editor->findChild<QGroupBox *>(QStringLiteral("entry:measures[%1]").arg(added));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->title(), QStringLiteral("Measure 3"));
    // A new, empty measure is incomplete.
    EXPECT_TRUE(m_editor->findingsPanel()->ruleIds().contains(QStringLiteral("CONV-15D-KIND")));

    auto *nexus = field<QPlainTextEdit>({measures, added, QStringLiteral("nexus")});
    QTest::keyClicks(nexus, QStringLiteral("x"));
    EXPECT_EQ(m_document->request().items(measures).last().value(QStringLiteral("nexus")),
              QStringLiteral("x"));

    auto *remove = m_editor->findChild<QPushButton *>(QStringLiteral("remove:measures[%1]").arg(added));
    ASSERT_NE(remove, nullptr);
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(m_document->request().items(measures).size(), 2);
    EXPECT_EQ(m_editor->fieldWidget({measures, added, QStringLiteral("nexus")}), nullptr);

    m_document->undoStack()->undo();
    ASSERT_EQ(m_document->request().items(measures).size(), 3);
    auto *restored = m_editor->fieldWidget({measures, added, QStringLiteral("nexus")});
    ASSERT_NE(restored, nullptr);
    EXPECT_EQ(static_cast<QPlainTextEdit *>(restored)->toPlainText(), QStringLiteral("x"));
}

TEST_F(RequestEditorTest, CountryFieldsTakeUpperCaseCodes)
{
    const QString key = QStringLiteral("addressee.state");
    m_editor->setCurrentStep(stepOf(QStringLiteral("addressee")));
    auto *state = field<QLineEdit>({{}, 0, key});
    ASSERT_NE(state, nullptr);
    state->clear();
    QTest::keyClicks(state, QStringLiteral("de"));
    EXPECT_EQ(state->text(), QStringLiteral("DE"));
    EXPECT_EQ(m_document->request().value(key), QStringLiteral("DE"));
    QTest::keyClicks(state, QStringLiteral("x"));
    EXPECT_EQ(state->text(), QStringLiteral("DE"));
}

TEST_F(RequestEditorTest, TheWheelOverAChoiceScrollsTheFormUnlessTheChoiceHasTheFocus)
{
    const QString key = QStringLiteral("proceedings.stage");
    m_editor->setCurrentStep(stepOf(QStringLiteral("proceedings")));
    auto *stage = field<QComboBox>({{}, 0, key});
    ASSERT_NE(stage, nullptr);
    const QString before = m_document->request().value(key);
    const int index = stage->currentIndex();
    auto wheel = [stage] {
        const QPointF at = QRectF(stage->rect()).center();
        QWheelEvent event(at, stage->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(stage, &event);
    };
    stage->clearFocus();
    wheel();
    EXPECT_EQ(stage->currentIndex(), index);
    EXPECT_EQ(m_document->request().value(key), before);
    EXPECT_EQ(stage->focusPolicy(), Qt::StrongFocus) << "the wheel does not give it the focus either";

    m_editor->activateWindow();
    stage->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([stage] { return stage->hasFocus(); }));
    wheel();
    EXPECT_NE(stage->currentIndex(), index) << "with the focus, the wheel chooses";
}

TEST_F(RequestEditorTest, TabGoesFromTheStepListIntoTheForm)
{
    m_editor->show();
    m_editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->setCurrentStep(0);
    m_editor->stepList()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_editor->stepList()->hasFocus(); }));
    QTest::keyClick(m_editor->stepList(), Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->objectName(), QStringLiteral("field:authority.reference"))
        << "focus went to " << focused->metaObject()->className() << " " << focused->objectName().toStdString();
}

TEST_F(RequestEditorTest, ControlZInAFieldUndoesThroughTheDocument)
{
    // The line edit's own undo must not take Ctrl+Z: the shortcut override is left unaccepted.
    auto *name = field<QLineEdit>({{}, 0, QStringLiteral("authority.name")});
    ASSERT_NE(name, nullptr);
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    override.ignore();
    QCoreApplication::sendEvent(name, &override);
    EXPECT_FALSE(override.isAccepted());
}

} // namespace

TEST_F(RequestEditorTest, TheRequestedStateTabFollowsTheAddressee)
{
    ui::StatePackPanel *panel = m_editor->statePackPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->heading().startsWith(QStringLiteral("France (FR): state pack"))) << panel->heading().toStdString();
    bool sawToBeVerified = false;
    for (int row = 0; row < panel->factList()->rowCount(); ++row) {
        sawToBeVerified = sawToBeVerified || panel->factList()->item(row, 1)->text().endsWith(QStringLiteral("to be verified"));
    }
    EXPECT_TRUE(sawToBeVerified);

    m_document->setValue(QStringLiteral("addressee.state"), QStringLiteral("UY"));
    EXPECT_TRUE(panel->heading().contains(QStringLiteral("no pack of its own"))) << panel->heading().toStdString();
    m_document->setValue(QStringLiteral("addressee.state"), QString());
    EXPECT_TRUE(panel->heading().startsWith(QStringLiteral("Choose the requested state")));
}

TEST_F(RequestEditorTest, TheRequestedStatesFactsReadAsWordsNotCodes)
{
    ui::StatePackPanel *panel = m_editor->statePackPanel();
    ASSERT_NE(panel, nullptr);
    QStringList shown;
    for (int row = 0; row < panel->factList()->rowCount(); ++row) {
        shown << panel->factList()->item(row, 0)->text() + QStringLiteral(" = ") + panel->factList()->item(row, 1)->text();
    }
    const QString all = shown.join(QLatin1Char('\n'));
    for (const char *code : {"centralAuthority", "coerciveOnly", "deathPenalty", "directJudicial", "= true", "= false",
                             "searchSeizure", "primaFacie", "recordOfCase"}) {
        EXPECT_FALSE(all.contains(QLatin1String(code))) << code << " in\n" << all.toStdString();
    }
    EXPECT_TRUE(all.contains(QStringLiteral("Channels = central authority to central authority"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Accepted languages = français"))) << all.toStdString();
    EXPECT_FALSE(panel->heading().contains(QStringLiteral("medium-"))) << panel->heading().toStdString();
}

TEST_F(RequestEditorTest, TheRequestedStatesFactsWrapInsideTheSidePanel)
{
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const QTableWidget *facts = m_editor->statePackPanel()->factList();
    ASSERT_GT(facts->rowCount(), 5);
    // Both columns fit the panel, so nothing hides behind a horizontal scroll bar...
    const int columns = facts->horizontalHeader()->sectionSize(0) + facts->horizontalHeader()->sectionSize(1);
    EXPECT_LE(columns, facts->viewport()->width() + 1);
    EXPECT_GT(facts->horizontalHeader()->sectionSize(0), facts->viewport()->width() / 4);
    // ...and long values wrap onto more lines instead of being cut.
    int tallest = 0;
    for (int row = 0; row < facts->rowCount(); ++row) {
        tallest = std::max(tallest, facts->rowHeight(row));
    }
    EXPECT_GT(tallest, 2 * facts->fontMetrics().height());
}

TEST_F(RequestEditorTest, FitsBesideTheCaseListOnA1280PixelScreen)
{
    // No page, not even the export step with its options, may force the window wider than the screen.
    EXPECT_LE(m_editor->minimumSizeHint().width(), 1280 - 250) << m_editor->minimumSizeHint().width();
}
