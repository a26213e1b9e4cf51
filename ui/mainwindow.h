#pragma once

#include "storage/casestore.h"

#include <QIcon>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace mla::core {
class RequestDocument;
}

namespace mla::ui {

class CaseTreeModel;
class RequestEditor;

/// The application window: the cases and requests of the open case file on the left, the
/// editor of the selected request on the right, and the File, Case, Edit and Help menus.
///
/// Opening a file that cannot be used reports the reason and keeps the current file open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing case file; on failure shows why and keeps the current one.
    bool openCaseFile(const QString &path);
    /// Opens @p requestId of the open case file in the editor and selects it in the tree.
    bool selectRequest(qint64 requestId);
    /// Opens the first request of the first case that has one; false when there is none.
    bool selectFirstRequest();

    core::CaseStore *caseStore() const { return m_store.get(); }
    core::RequestDocument *currentDocument() const { return m_document.get(); }
    RequestEditor *editor() const { return m_editor; }
    CaseTreeModel *caseModel() const { return m_model; }
    QTreeView *caseView() const { return m_caseView; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QLabel *saveStatus() const { return m_saveStatus; }

    /// Most recent first, as kept in QSettings.
    static QStringList recentCaseFiles();

    /// The application's icon (the same drawing the desktop entry installs), for every window.
    static QIcon applicationIcon();

public Q_SLOTS:
    /// Keeps @p language (a code from availableUiLanguages()) for the next start.
    void setUiLanguageForNextStart(const QString &language);
    void newCaseFile();
    void openCaseFileDialog();
    void newCase();
    void newRequest();
    void deleteRequest();
    void renameRequest();
    /// Verifies a signed PDF (asking for it when @p path is empty) and shows the result; true when
    /// every signature is valid and the last covers the whole file.
    bool verifySignedPdf(const QString &path = {});
    void chooseTrustAnchors();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void adoptStore(std::unique_ptr<core::CaseStore> store);
    bool openRequest(qint64 requestId);
    /// While the letter is being written, says so in the status bar and returns true: the
    /// request, its editor and the case file stay open until it is done.
    bool refuseWhileSaving();
    /// Whether the open request may be closed: not while a letter is saved; with edits that could
    /// not be saved, only after writing them again failed and the user agreed to lose them.
    bool mayCloseRequest();
    /// Opens the case file at @p path in place of the open one, without asking mayCloseRequest().
    bool loadCaseFile(const QString &path);
    void closeRequest();
    void reloadCases();
    void onCurrentTreeIndexChanged();
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    static void rememberRecent(const QString &path);
    static void forgetRecent(const QString &path);
    void showSaveHint();
    void showSaved();
    void showWriteError(const QString &message);
    QString dialogDirectory() const;

    std::unique_ptr<core::CaseStore> m_store;
    std::unique_ptr<core::RequestDocument> m_document;
    RequestEditor *m_editor = nullptr;

    CaseTreeModel *m_model = nullptr;
    QTreeView *m_caseView = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_editorArea = nullptr;
    QLabel *m_placeholder = nullptr;
    QString m_lastWriteError;
    QLabel *m_saveStatus = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_newRequestAction = nullptr;
    QAction *m_deleteRequestAction = nullptr;
    QAction *m_renameRequestAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_nextStepAction = nullptr;
    QAction *m_previousStepAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    /// Set while the tree is being rebuilt, when its selection changes are not the user's.
    bool m_reloading = false;
};

} // namespace mla::ui
