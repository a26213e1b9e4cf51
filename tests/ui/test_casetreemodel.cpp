#include "casetreemodel.h"
#include "demo/democase.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

using namespace mla;

namespace {

// QAbstractItemModelTester reports through qWarning in Warning mode; turn those into failures
// so that every broken model invariant shows up with its message.
QtMessageHandler g_previousHandler = nullptr;

void failOnModelWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        ADD_FAILURE() << "Qt message: " << message.toStdString();
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

class CaseTreeModelTest : public test::DemoCaseFixture
{
protected:
    void SetUp() override
    {
        DemoCaseFixture::SetUp();
        g_previousHandler = qInstallMessageHandler(failOnModelWarning);
    }
    void TearDown() override { qInstallMessageHandler(g_previousHandler); }
};

TEST_F(CaseTreeModelTest, PassesTheModelTesterThroughChanges)
{
    ui::CaseTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_TRUE(model.setStore(m_store.get()).ok());
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex demoCase = model.index(0, 0);
    const qint64 demoCaseId = model.caseIdAt(demoCase);
    const int demoRequests = static_cast<int>(core::DemoCase::typeIds().size());
    EXPECT_EQ(model.rowCount(demoCase), demoRequests);
    EXPECT_EQ(model.requestIdAt(model.index(0, 0, demoCase)), m_requestId) << "the general MLA request comes first";

    // A second request in the case, refreshed through the request path (rows inserted).
    auto second = m_store->createRequest(demoCaseId, QStringLiteral("mla.general"), QStringLiteral("Second"));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(model.refreshRequest(m_requestId).ok());
    EXPECT_EQ(model.rowCount(demoCase), demoRequests + 1);

    // An edit changes the requested state column in place.
    ASSERT_TRUE(m_store->setValue(*second, QStringLiteral("addressee.state"), QStringLiteral("DE")).ok());
    ASSERT_TRUE(model.refreshRequest(*second).ok());
    EXPECT_EQ(model.data(model.indexForRequest(*second, ui::CaseTreeModel::RequestedStateColumn)).toString(),
              QStringLiteral("DE"));

    // A second case and a full reload.
    auto otherCase = m_store->createCase(QStringLiteral("EC-1"), QStringLiteral("Other case"));
    ASSERT_TRUE(otherCase.ok());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowCount(model.indexForCase(*otherCase)), 0);
    EXPECT_EQ(model.caseIdAt(model.indexForCase(*otherCase)), *otherCase);
    EXPECT_EQ(model.requestIdAt(model.indexForCase(*otherCase)), 0);

    // Deleting a request, refreshed through a sibling (rows removed).
    ASSERT_TRUE(m_store->deleteRequest(*second).ok());
    ASSERT_TRUE(model.refreshRequest(m_requestId).ok());
    EXPECT_EQ(model.rowCount(model.indexForCase(demoCaseId)), demoRequests);
    EXPECT_FALSE(model.indexForRequest(*second).isValid());

    EXPECT_TRUE(model.setStore(nullptr).ok());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CaseTreeModelTest, ShowsTitlesStatesAndKinds)
{
    ui::CaseTreeModel model;
    ASSERT_TRUE(model.setStore(m_store.get()).ok());
    const QModelIndex caseIndex = model.index(0, ui::CaseTreeModel::TitleColumn);
    EXPECT_TRUE(model.data(caseIndex).toString().contains(QStringLiteral("DEMO-2026/0142")));
    EXPECT_EQ(model.data(caseIndex, ui::CaseTreeModel::KindRole).toInt(),
              static_cast<int>(ui::CaseTreeModel::Kind::Case));

    const QModelIndex request = model.indexForRequest(m_requestId);
    EXPECT_TRUE(model.data(request).toString().contains(QStringLiteral("Northwind")));
    EXPECT_EQ(model.data(request, ui::CaseTreeModel::KindRole).toInt(),
              static_cast<int>(ui::CaseTreeModel::Kind::Request));
    EXPECT_EQ(model.data(request, ui::CaseTreeModel::IdRole).toLongLong(), m_requestId);
    EXPECT_EQ(
        model.data(model.indexForRequest(m_requestId, ui::CaseTreeModel::RequestedStateColumn)).toString(),
        QStringLiteral("FR"));
    EXPECT_EQ(model
                  .data(model.indexForRequest(m_requestId, ui::CaseTreeModel::RequestedStateColumn),
                        Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("France"));
    EXPECT_FALSE(model.data(model.indexForRequest(m_requestId, ui::CaseTreeModel::UpdatedColumn))
                     .toString()
                     .isEmpty());
    EXPECT_EQ(model.headerData(ui::CaseTreeModel::TitleColumn, Qt::Horizontal).toString(),
              QStringLiteral("Title"));
}

} // namespace
