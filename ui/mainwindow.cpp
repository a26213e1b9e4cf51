#include "mainwindow.h"

#include "export/phrasebook.h"
#include "model/requestform.h"
#include "signing/pdfverifier.h"

#include "casetreemodel.h"
#include "exportpage.h"
#include "uilanguage.h"
#include "mla/buildinfo.h"
#include "requesteditor.h"
#include "storage/requestdocument.h"
#include "userprompts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QTreeView>
#include <QUndoGroup>

#include <algorithm>

namespace mla::ui {

namespace {
const QString kTrustAnchorsKey = QStringLiteral("signing/trustAnchors");
} // namespace

namespace {

const QString kRecentKey = QStringLiteral("recentCaseFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
constexpr int kMaxRecent = 8;

QString caseFileFilter()
{
    return QCoreApplication::translate("MainWindow", "MLA case files (*.%1);;All files (*)")
        .arg(core::CaseStore::fileSuffix());
}

} // namespace

QIcon MainWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/mla/icons/%1.svg").arg(QLatin1String(mla::build::kAppId)));
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_undoGroup = new QUndoGroup(this);
    m_model = new CaseTreeModel(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_caseView = new QTreeView(m_splitter);
    m_caseView->setObjectName(QStringLiteral("caseTree"));
    m_caseView->setModel(m_model);
    m_caseView->setUniformRowHeights(true);
    m_caseView->setAllColumnsShowFocus(true);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setTextElideMode(Qt::ElideRight);
    m_caseView->setWordWrap(false);
    m_caseView->header()->setStretchLastSection(false);
    m_caseView->header()->setSectionResizeMode(CaseTreeModel::TitleColumn, QHeaderView::Stretch);
    m_caseView->header()->setSectionResizeMode(CaseTreeModel::RequestedStateColumn,
                                               QHeaderView::ResizeToContents);
    m_caseView->header()->setSectionResizeMode(CaseTreeModel::UpdatedColumn, QHeaderView::ResizeToContents);
    // The update time matters less than the title in a narrow pane; it stays in the tooltip.
    m_caseView->setColumnHidden(CaseTreeModel::UpdatedColumn, true);
    m_caseView->setMinimumWidth(180);
    m_caseView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_editorArea = new QStackedWidget(m_splitter);
    auto *placeholder = new QLabel(m_editorArea);
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder = placeholder;
    m_editorArea->addWidget(m_placeholder);

    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Wide enough for request titles such as "Extradition of ..." to be told apart.
    m_splitter->setSizes({250, 1030});
    setCentralWidget(m_splitter);

    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_saveStatus);
    showSaveHint();

    createActions();

    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentTreeIndexChanged);

    resize(1280, 800);
    QSettings settings;
    if (settings.contains(kGeometryKey)) {
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    }
    if (settings.contains(kSplitterKey)) {
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    }
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The editor refers to the document, the document to the store: tear down in that order.
    closeRequest();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newFile = file->addAction(tr("&New Case File…"), this, &MainWindow::newCaseFile);
    newFile->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Case File…"), this, &MainWindow::openCaseFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Letter…"), this, [this] {
        if (m_editor) {
            m_editor->setCurrentStep(m_editor->exportStepIndex());
            m_editor->exportPage()->saveDocument();
        }
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Go to the preview and save the letter as PDF or DOCX."));
    file->addSeparator();
    file->addAction(tr("&Verify Signed PDF…"), this, [this] { verifySignedPdf(); });
    file->addAction(tr("Set &Trust Anchors Folder…"), this, &MainWindow::chooseTrustAnchors);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    // Ctrl+Page Down/Up, as between the tabs of most applications.
    m_nextStepAction = edit->addAction(tr("&Next Step"), this, [this] {
        if (m_editor) {
            m_editor->setCurrentStep(std::min(m_editor->currentStep() + 1, m_editor->stepCount() - 1));
        }
    });
    m_nextStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousStepAction = edit->addAction(tr("&Previous Step"), this, [this] {
        if (m_editor) {
            m_editor->setCurrentStep(std::max(m_editor->currentStep() - 1, 0));
        }
    });
    m_previousStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_newCaseAction = caseMenu->addAction(tr("New &Case…"), this, &MainWindow::newCase);
    m_newRequestAction = caseMenu->addAction(tr("New &Request"), this, &MainWindow::newRequest);
    m_newRequestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newRequestAction->setToolTip(tr("Add a request (MLA, extradition, confiscation, transfer) to the selected case."));
    m_renameRequestAction = caseMenu->addAction(tr("Re&name Request…"), this, &MainWindow::renameRequest);
    m_renameRequestAction->setShortcut(QKeySequence(Qt::Key_F2));
    caseMenu->addSeparator();
    m_deleteRequestAction = caseMenu->addAction(tr("&Delete Request…"), this, &MainWindow::deleteRequest);
    // Delete only where the requests are listed: in a text field the key deletes text.
    m_deleteRequestAction->setShortcut(QKeySequence::Delete);
    m_deleteRequestAction->setShortcutContext(Qt::WidgetShortcut);
    m_caseView->addAction(m_newRequestAction);
    m_caseView->addAction(m_deleteRequestAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QMenu *languages = help->addMenu(tr("Interface &Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(languages);
    for (const QString &language : availableUiLanguages()) {
        QAction *action = languages->addAction(uiLanguageName(language));
        action->setCheckable(true);
        action->setChecked(language == currentUiLanguage());
        action->setData(language);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setUiLanguageForNextStart(language); });
    }
    QAction *about = help->addAction(tr("&About MLA Request Writer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::refuseWhileSaving()
{
    if (!m_editor || !m_editor->isSaving()) {
        return false;
    }
    statusBar()->showMessage(tr("The letter is still being saved. Wait until it is done."), 5000);
    return true;
}

bool MainWindow::mayCloseRequest()
{
    if (refuseWhileSaving()) {
        return false;
    }
    if (!m_document || !m_document->hasUnsavedEdits() || m_document->retryUnsavedEdits()) {
        return true;
    }
    return UserPrompts::instance().confirm(
        this, tr("Edits not saved"),
        tr("These fields could not be saved to the case file: %1.\n\n%2\n\n"
           "Close the request anyway? What you typed in them will be lost.")
            .arg(m_document->unsavedFieldLabels().join(QStringLiteral(", ")), m_lastWriteError),
        tr("Close Without Saving"));
}

bool MainWindow::openCaseFile(const QString &path)
{
    return mayCloseRequest() && loadCaseFile(path);
}

bool MainWindow::loadCaseFile(const QString &path)
{
    auto store = core::CaseStore::open(path, core::CaseStore::OpenMode::OpenExisting);
    if (!store) {
        if (store.error().code == core::ErrorCode::NotFound) {
            forgetRecent(path);
        }
        QString text =
            tr("%1 could not be opened.\n\n%2").arg(QFileInfo(path).fileName(), store.error().message);
        if (m_store) {
            text +=
                QStringLiteral("\n\n") + tr("%1 remains open.").arg(QFileInfo(m_store->path()).fileName());
        }
        UserPrompts::instance().showError(this, tr("Cannot open case file"), text);
        return false;
    }
    adoptStore(std::move(store).value());
    return true;
}

void MainWindow::adoptStore(std::unique_ptr<core::CaseStore> store)
{
    closeRequest();
    m_store = std::move(store);
    // Writes run on the UI thread with every keystroke: while another program holds the file
    // locked, each would freeze the window for the store's default 3 s. One second covers a
    // backup tool's brief lock; a longer one is reported, and the edit is kept and retried.
    m_store->setBusyTimeout(1000);
    rememberRecent(m_store->path());
    m_reloading = true;
    const auto loaded = m_model->setStore(m_store.get());
    m_caseView->expandAll();
    m_reloading = false;
    if (!loaded) {
        showWriteError(loaded.error().message);
    } else {
        showSaveHint();
    }
    if (!m_store->upgradeBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The case file was upgraded; the previous version was kept in %1.")
                                     .arg(QDir::toNativeSeparators(m_store->upgradeBackupPath())));
    }
    updateTitle();
    updateActions();
}

bool MainWindow::selectRequest(qint64 requestId)
{
    const QModelIndex index = m_model->indexForRequest(requestId);
    if (!index.isValid()) {
        return false;
    }
    if (!openRequest(requestId)) {
        return false;
    }
    m_reloading = true;
    m_caseView->setCurrentIndex(index);
    m_caseView->scrollTo(index);
    m_reloading = false;
    updateActions();
    return true;
}

bool MainWindow::selectFirstRequest()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex caseIndex = m_model->index(row, 0);
        if (m_model->rowCount(caseIndex) > 0) {
            return selectRequest(m_model->requestIdAt(m_model->index(0, 0, caseIndex)));
        }
    }
    return false;
}

bool MainWindow::openRequest(qint64 requestId)
{
    if (m_document && m_document->request().id == requestId) {
        return true;
    }
    if (!m_store || !mayCloseRequest()) {
        return false;
    }
    auto document = core::RequestDocument::load(*m_store, requestId);
    if (!document) {
        UserPrompts::instance().showError(
            this, tr("Cannot open request"),
            tr("The request could not be opened.\n\n%1").arg(document.error().message));
        return false;
    }
    closeRequest();
    m_document = std::move(document).value();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());

    connect(m_document.get(), &core::RequestDocument::writeFailed, this, &MainWindow::showWriteError);
    connect(m_document.get(), &core::RequestDocument::unsavedEditsChanged, this, [this] {
        if (m_document->hasUnsavedEdits()) {
            showWriteError(m_lastWriteError);
        } else {
            showSaved();
        }
    });
    connect(m_document.get(), &core::RequestDocument::valueChanged, this, [this, requestId] {
        showSaved();
        m_reloading = true;
        // The tree shows the requested state and the update time, which every edit may change.
        (void)m_model->refreshRequest(requestId);
        m_reloading = false;
    });
    connect(m_document.get(), &core::RequestDocument::collectionChanged, this, [this, requestId] {
        showSaved();
        m_reloading = true;
        (void)m_model->refreshRequest(requestId);
        m_reloading = false;
    });
    connect(m_document.get(), &core::RequestDocument::titleChanged, this, [this, requestId] {
        showSaved();
        m_reloading = true;
        (void)m_model->refreshRequest(requestId);
        m_reloading = false;
    });

    m_editor = new RequestEditor(m_document.get(), m_store.get(), m_editorArea);
    m_editorArea->addWidget(m_editor);
    m_editorArea->setCurrentWidget(m_editor);
    updateActions();
    return true;
}

void MainWindow::closeRequest()
{
    if (m_editor) {
        m_editorArea->removeWidget(m_editor);
        delete m_editor;
        m_editor = nullptr;
    }
    if (m_document) {
        m_undoGroup->removeStack(m_document->undoStack());
        m_document.reset();
    }
    if (m_editorArea) {
        m_editorArea->setCurrentWidget(m_placeholder);
    }
}

void MainWindow::reloadCases()
{
    m_reloading = true;
    const auto loaded = m_model->reload();
    m_caseView->expandAll();
    if (m_document) {
        const QModelIndex current = m_model->indexForRequest(m_document->request().id);
        m_caseView->setCurrentIndex(current);
    }
    m_reloading = false;
    if (!loaded) {
        showWriteError(loaded.error().message);
    }
    updateActions();
}

void MainWindow::onCurrentTreeIndexChanged()
{
    if (m_reloading) {
        return;
    }
    const qint64 requestId = m_model->requestIdAt(m_caseView->currentIndex());
    if (requestId != 0 && !openRequest(requestId) && m_document) {
        // The open request stays (a letter is being saved, or the other would not load): so
        // does its row's selection.
        m_reloading = true;
        m_caseView->setCurrentIndex(m_model->indexForRequest(m_document->request().id));
        m_reloading = false;
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool haveStore = m_store != nullptr;
    const QModelIndex current = m_caseView->currentIndex();
    m_newCaseAction->setEnabled(haveStore);
    m_newRequestAction->setEnabled(haveStore && m_model->caseIdAt(current) != 0);
    m_deleteRequestAction->setEnabled(haveStore && (m_model->requestIdAt(current) != 0 || m_document));
    m_renameRequestAction->setEnabled(m_document != nullptr);
    for (QAction *action : {m_exportAction, m_nextStepAction, m_previousStepAction}) {
        action->setEnabled(m_editor != nullptr);
    }
}

void MainWindow::updateTitle()
{
    const QString app = QGuiApplication::applicationDisplayName();
    if (!m_store) {
        setWindowTitle(app);
        return;
    }
    setWindowTitle(tr("%1 – %2").arg(QFileInfo(m_store->path()).fileName(), app));
    setWindowFilePath(m_store->path());
}

QString MainWindow::dialogDirectory() const
{
    if (m_store) {
        return QFileInfo(m_store->path()).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newCaseFile()
{
    if (!mayCloseRequest()) {
        return;
    }
    QString path = UserPrompts::instance().saveFileName(
        this, tr("New case file"),
        QDir(dialogDirectory()).filePath(tr("cases.%1").arg(core::CaseStore::fileSuffix())),
        caseFileFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + core::CaseStore::fileSuffix();
    }
    // An existing file is opened, never emptied: it may hold cases the user did not mean to lose.
    if (QFileInfo::exists(path)) {
        loadCaseFile(path); // the open request was let go above
        return;
    }
    auto store = core::CaseStore::open(path, core::CaseStore::OpenMode::OpenOrCreate);
    if (!store) {
        UserPrompts::instance().showError(this, tr("Cannot create case file"),
                                          tr("The case file %1 could not be created.\n\n%2")
                                              .arg(QDir::toNativeSeparators(path), store.error().message));
        return;
    }
    adoptStore(std::move(store).value());
}

void MainWindow::openCaseFileDialog()
{
    const QString path =
        UserPrompts::instance().openFileName(this, tr("Open case file"), dialogDirectory(), caseFileFilter());
    if (!path.isEmpty()) {
        openCaseFile(path);
    }
}

void MainWindow::newCase()
{
    if (!m_store) {
        return;
    }
    const auto details = UserPrompts::instance().askCaseDetails(this);
    if (!details) {
        return;
    }
    auto caseId = m_store->createCase(details->reference, details->title);
    if (!caseId) {
        UserPrompts::instance().showError(
            this, tr("New case"), tr("The case could not be created.\n\n%1").arg(caseId.error().message));
        return;
    }
    reloadCases();
    m_reloading = true;
    m_caseView->setCurrentIndex(m_model->indexForCase(*caseId));
    m_reloading = false;
    updateActions();
}

void MainWindow::newRequest()
{
    // The new request opens at once: the open one must be free to close first.
    if (!m_store || !mayCloseRequest()) {
        return;
    }
    const qint64 caseId = m_model->caseIdAt(m_caseView->currentIndex());
    if (caseId == 0) {
        UserPrompts::instance().showInformation(this, tr("New request"),
                                                tr("Select the case the request belongs to first."));
        return;
    }
    QList<RequestTypeChoice> types;
    // Titled in the interface language where the forms' translations have it.
    const core::Result<core::FormLabels> labels = core::FormLabels::forLanguage(currentUiLanguage());
    for (const QString &typeId : core::RequestForm::builtInTypeIds()) {
        if (auto form = core::RequestForm::builtIn(typeId)) {
            types.append({typeId, form->family(), labels ? labels->formTitle(*form) : form->title()});
        }
    }
    const auto details = UserPrompts::instance().askNewRequest(this, types);
    if (!details || details->typeId.isEmpty()) {
        return;
    }
    auto requestId = m_store->createRequest(caseId, details->typeId, details->title);
    if (!requestId) {
        UserPrompts::instance().showError(
            this, tr("New request"),
            tr("The request could not be created.\n\n%1").arg(requestId.error().message));
        return;
    }
    reloadCases();
    selectRequest(*requestId);
}

bool MainWindow::verifySignedPdf(const QString &givenPath)
{
    const QString path = givenPath.isEmpty()
                             ? UserPrompts::instance().openFileName(this, tr("Verify signed PDF"), QString(),
                                                                    tr("PDF documents (*.pdf)"))
                             : givenPath;
    if (path.isEmpty()) {
        return false;
    }
    core::VerifyOptions options;
    options.trustDirectory = QSettings().value(kTrustAnchorsKey).toString();
    auto report = core::PdfVerifier::verify(path, options);
    if (!report) {
        UserPrompts::instance().showError(this, tr("Verify signed PDF"), report.error().message);
        return false;
    }
    UserPrompts::instance().showVerification(this, *report);
    return report->ok();
}

void MainWindow::chooseTrustAnchors()
{
    // The certificates of the authorities whose signatures are to be trusted, as PEM files.
    const QString folder = UserPrompts::instance().existingDirectory(
        this, tr("Folder of trusted certificates (PEM)"), QSettings().value(kTrustAnchorsKey).toString());
    if (!folder.isEmpty()) {
        QSettings().setValue(kTrustAnchorsKey, folder);
    }
}

void MainWindow::renameRequest()
{
    if (!m_document) {
        return;
    }
    const auto title = UserPrompts::instance().askText(this, tr("Rename request"), tr("Title of the request:"),
                                                       m_document->request().title);
    if (title && !title->trimmed().isEmpty()) {
        // Through the document, so the rename is saved at once and can be undone like any edit.
        m_document->setTitle(title->trimmed());
    }
}

void MainWindow::deleteRequest()
{
    if (!m_store || refuseWhileSaving()) {
        return;
    }
    qint64 requestId = m_model->requestIdAt(m_caseView->currentIndex());
    if (requestId == 0 && m_document) {
        requestId = m_document->request().id;
    }
    const QModelIndex index = m_model->indexForRequest(requestId);
    const core::RequestSummary *summary = m_model->requestAt(index);
    if (!summary) {
        return;
    }
    const QString title = summary->title.isEmpty() ? tr("Untitled request") : summary->title;
    const qint64 caseId = summary->caseId;
    if (!UserPrompts::instance().confirm(this, tr("Delete request"),
                                         tr("Delete the request “%1” and everything entered in it?\n\n"
                                            "This cannot be undone.")
                                             .arg(title),
                                         tr("Delete Request"))) {
        return;
    }
    if (m_document && m_document->request().id == requestId) {
        closeRequest();
    }
    if (auto removed = m_store->deleteRequest(requestId); !removed) {
        UserPrompts::instance().showError(
            this, tr("Delete request"),
            tr("The request could not be deleted.\n\n%1").arg(removed.error().message));
    }
    reloadCases();
    if (!m_document) {
        m_reloading = true;
        m_caseView->setCurrentIndex(m_model->indexForCase(caseId));
        m_reloading = false;
    }
    updateActions();
}

void MainWindow::setUiLanguageForNextStart(const QString &language)
{
    saveUiLanguage(language);
    if (language == currentUiLanguage()) {
        return;
    }
    // Every window, menu and dialog would have to be rebuilt to change language on the spot; the
    // next start builds them in the new one.
    UserPrompts::instance().showInformation(
        this, tr("Interface language"),
        tr("%1: the interface changes to this language the next time you start MLA Request Writer.")
            .arg(uiLanguageName(language)));
}

void MainWindow::showAbout()
{
    UserPrompts::instance().showInformation(
        this, tr("About MLA Request Writer"),
        tr("MLA Request Writer %1\n\n"
           "Drafting, validating and exporting requests for mutual legal assistance in criminal matters.\n\n"
           "This program is free software, licensed under the GNU General Public License, version 3 or "
           "(at your option) any later version (GPL-3.0-or-later). It comes with no warranty.")
            .arg(QString::fromLatin1(build::kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseRequest()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::recentCaseFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentCaseFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(kRecentKey, recent);
}

void MainWindow::forgetRecent(const QString &path)
{
    QStringList recent = recentCaseFiles();
    if (recent.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        QSettings().setValue(kRecentKey, recent);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentCaseFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openCaseFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [] { QSettings().remove(kRecentKey); });
}

void MainWindow::showSaveHint()
{
    m_saveStatus->setStyleSheet({});
    m_saveStatus->setText(m_store ? tr("Every change is saved automatically") : QString());
    m_saveStatus->setToolTip({});
    m_placeholder->setText(
        m_store ? tr("Select a request in the list on the left,\n"
                     "or create one with Case ▸ New Request.")
                : tr("No case file is open.\n"
                     "Open one with File ▸ Open Case File, or create one with File ▸ New Case File."));
}

void MainWindow::showSaved()
{
    if (m_document && m_document->hasUnsavedEdits()) {
        // Another field saved; the one that failed still is not.
        showWriteError(m_lastWriteError);
        return;
    }
    m_saveStatus->setStyleSheet({});
    m_saveStatus->setText(
        tr("All changes saved (%1)").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_saveStatus->setToolTip(
        m_store ? tr("Every change is written to %1 at once.").arg(QDir::toNativeSeparators(m_store->path()))
                : QString());
}

void MainWindow::showWriteError(const QString &message)
{
    m_lastWriteError = message;
    m_saveStatus->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; font-weight: bold; }"));
    const QStringList fields = m_document ? m_document->unsavedFieldLabels() : QStringList();
    m_saveStatus->setText(fields.isEmpty() ? tr("Not saved: %1").arg(message)
                                           : tr("Not saved (%1): %2").arg(fields.join(QStringLiteral(", ")), message));
    m_saveStatus->setToolTip(message);
}

} // namespace mla::ui
