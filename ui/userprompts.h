#pragma once

#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"

#include <QList>
#include <QString>
#include <optional>

class QWidget;

namespace mla::ui {

/// What the user enters when creating a case.
struct CaseDetails
{
    QString reference;
    QString title;
};

/// A request type offered when creating a request.
struct RequestTypeChoice
{
    QString typeId;
    QString family;
    QString title;
};

/// What the user enters when creating a request.
struct NewRequestDetails
{
    QString typeId;
    QString title;
};

/// Every modal question the UI asks: message boxes, file dialogs and small input dialogs.
///
/// Windows never open a QMessageBox or QFileDialog themselves but go through instance(), so that
/// UI tests can install a scripted implementation and never block on a modal loop.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    /// True when the user chose @p confirmLabel; the safe answer (no) is the default button.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmLabel) = 0;
    /// Empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    /// Empty when cancelled. @p suggestedPath preselects folder and name.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter) = 0;
    /// Empty when cancelled.
    virtual QString existingDirectory(QWidget *parent, const QString &title, const QString &directory) = 0;
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial) = 0;
    virtual std::optional<CaseDetails> askCaseDetails(QWidget *parent) = 0;
    /// The type and title of a new request, chosen among @p types.
    virtual std::optional<NewRequestDetails> askNewRequest(QWidget *parent, const QList<RequestTypeChoice> &types) = 0;
    /// How to sign (certificate, passphrase, reason...); @p signer, @p capacity and @p place prefill.
    virtual std::optional<core::SigningOptions> askSigningOptions(QWidget *parent, const QString &signer,
                                                                  const QString &capacity, const QString &place) = 0;
    /// Shows what verifying a signed PDF found.
    virtual void showVerification(QWidget *parent, const core::VerificationReport &report) = 0;

    /// The implementation in use: the real dialogs unless a test installed another one.
    static UserPrompts &instance();
    /// Installs @p prompts (not owned); nullptr restores the real dialogs.
    static void setInstance(UserPrompts *prompts);
};

} // namespace mla::ui
