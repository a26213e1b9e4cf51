#include "legalbasisdialog.h"
#include "storage/requestdocument.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace mla;

namespace {

class LegalBasisDialogTest : public test::DemoCaseFixture
{
protected:
    void SetUp() override
    {
        DemoCaseFixture::SetUp();
        auto doc = core::RequestDocument::load(*m_store, m_requestId);
        ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
        m_document = std::move(doc).value();
        // The demo is addressed to France; the requesting state is typed in the dialog.
        m_document->setValue(QStringLiteral("legalBasis.instrument"), QString());
    }

    std::unique_ptr<core::RequestDocument> m_document;
};

} // namespace

TEST_F(LegalBasisDialogTest, ListsUsableInstrumentsFirstAndWritesTheChoiceUndoably)
{
    ui::LegalBasisDialog dialog(m_document.get());
    dialog.requestingStateEdit()->setText(QStringLiteral("DE"));
    dialog.offenceCombo()->setCurrentIndex(dialog.offenceCombo()->findData(QStringLiteral("corruption")));
    ASSERT_GT(dialog.optionList()->count(), 2);
    EXPECT_TRUE(dialog.optionList()->item(0)->text().contains(QStringLiteral("both states are parties")));
    EXPECT_TRUE(dialog.useButton()->isEnabled());

    const QString chosen = dialog.optionList()->item(0)->text();
    ASSERT_TRUE(dialog.applySelection());
    const QString instrument = m_document->request().value(QStringLiteral("legalBasis.instrument"));
    EXPECT_FALSE(instrument.isEmpty());
    EXPECT_TRUE(chosen.startsWith(instrument));
    EXPECT_EQ(m_document->request().value(QStringLiteral("legalBasis.kind")), QStringLiteral("convention"));
    EXPECT_EQ(m_store->loadRequest(m_requestId)->value(QStringLiteral("legalBasis.instrument")), instrument);

    m_document->undoStack()->undo(); // the whole choice is one step
    EXPECT_TRUE(m_document->request().value(QStringLiteral("legalBasis.instrument")).isEmpty());
}

TEST_F(LegalBasisDialogTest, UnknownStatesListNothingAndWriteNothing)
{
    ui::LegalBasisDialog dialog(m_document.get());
    dialog.requestingStateEdit()->setText(QStringLiteral("Q"));
    EXPECT_EQ(dialog.optionList()->count(), 0);
    EXPECT_FALSE(dialog.useButton()->isEnabled());
    EXPECT_FALSE(dialog.applySelection());
}
