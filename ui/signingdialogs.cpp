#include "signingdialogs.h"

#include "signing/certificates.h"
#include "userprompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mla::ui {

namespace {
const QString kCertificateKey = QStringLiteral("signing/pkcs12Path");
const QString kVisibleKey = QStringLiteral("signing/visible");

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("VerificationDialog", "yes")
                 : QCoreApplication::translate("VerificationDialog", "no");
}
} // namespace

SignDialog::SignDialog(const QString &signerName, const QString &capacity, const QString &place, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign the request"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The signed PDF is written to a new file; the unsigned letter is not changed. "
                                "The passphrase is used once and not stored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *certificateRow = new QHBoxLayout;
    m_certificate = new QLineEdit(QSettings().value(kCertificateKey).toString(), this);
    m_certificate->setObjectName(QStringLiteral("pkcs12Path"));
    m_certificate->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = UserPrompts::instance().openFileName(
            this, tr("Certificate"), QFileInfo(m_certificate->text()).absolutePath(),
            tr("PKCS#12 certificates (*.p12 *.pfx)"));
        if (!path.isEmpty()) {
            m_certificate->setText(path);
        }
    });
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);
    form->addRow(tr("Certificate (PKCS#12):"), certificateRow);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_passphrase);
    m_name = new QLineEdit(signerName, this);
    m_name->setPlaceholderText(tr("The certificate's name"));
    form->addRow(tr("Signer:"), m_name);
    m_capacity = new QLineEdit(capacity, this);
    form->addRow(tr("Capacity:"), m_capacity);
    m_reason = new QLineEdit(tr("I am the author of this request"), this);
    form->addRow(tr("Reason:"), m_reason);
    m_location = new QLineEdit(place, this);
    form->addRow(tr("Location:"), m_location);
    m_visible = new QCheckBox(tr("Show a signature block on the last page"), this);
    m_visible->setChecked(QSettings().value(kVisibleKey, true).toBool());
    form->addRow(QString(), m_visible);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PAdES (ETSI.CAdES.detached)"), static_cast<int>(core::SignatureSubFilter::EtsiCadesDetached));
    m_format->addItem(tr("Older readers (adbe.pkcs7.detached)"),
                      static_cast<int>(core::SignatureSubFilter::AdbePkcs7Detached));
    form->addRow(tr("Signature format:"), m_format);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Sign and save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Signing needs a certificate file: without one there is nothing to ask a file name for.
    const auto updateOk = [this] {
        m_okButton->setEnabled(QFileInfo(m_certificate->text().trimmed()).isFile());
    };
    connect(m_certificate, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

void SignDialog::accept()
{
    // The certificate and passphrase are checked here, while the user can still correct them,
    // rather than after the file dialog, when a mistake would mean starting over.
    auto identity = core::importPkcs12(m_certificate->text().trimmed(), core::Secret::fromString(m_passphrase->text()));
    if (!identity) {
        m_problem->setText(identity.error().message());
        m_problem->show();
        if (identity.status() == core::SigningStatus::BadPassphrase) {
            m_passphrase->clear();
            m_passphrase->setFocus();
        } else {
            m_certificate->setFocus();
        }
        return;
    }
    m_problem->hide();
    QDialog::accept();
}

core::SigningOptions SignDialog::takeOptions()
{
    core::SigningOptions options;
    options.pkcs12Path = m_certificate->text().trimmed();
    options.passphrase = core::Secret::fromString(m_passphrase->text());
    // The widget's copy goes at once; QLineEdit keeps no undo history in password mode.
    m_passphrase->clear();
    options.signerName = m_name->text().trimmed();
    options.signerCapacity = m_capacity->text().trimmed();
    options.reason = m_reason->text().trimmed();
    options.location = m_location->text().trimmed();
    options.visible = m_visible->isChecked();
    options.subFilter = static_cast<core::SignatureSubFilter>(m_format->currentData().toInt());
    QSettings().setValue(kCertificateKey, options.pkcs12Path);
    QSettings().setValue(kVisibleKey, options.visible);
    return options;
}

QString verificationVerdict(const core::VerificationReport &report)
{
    if (report.signatures.isEmpty()) {
        return QCoreApplication::translate("VerificationDialog", "The file has no signature.");
    }
    if (report.ok()) {
        const int count = static_cast<int>(report.signatures.size());
        QString verdict = QCoreApplication::translate(
            "VerificationDialog", "%n signature(s), all valid; the last one covers the whole file.", nullptr, count);
        // "Valid" says the bytes are intact; whether the signer is who they claim to be depends on
        // these two, so they belong in the verdict, not only in the details below it.
        const auto any = [&report](auto test) {
            return std::any_of(report.signatures.cbegin(), report.signatures.cend(), test);
        };
        if (any([](const core::SignatureCheck &s) { return s.isTrainingCertificate; })) {
            verdict += QLatin1Char(' ') + QCoreApplication::translate(
                                              "VerificationDialog",
                                              "Made with a TRAINING certificate: it proves nothing outside training.");
        }
        if (any([](const core::SignatureCheck &s) { return s.trust == core::SignatureCheck::Trust::NotChecked; })) {
            verdict += QLatin1Char(' ') +
                       QCoreApplication::translate("VerificationDialog",
                                                   "Whether the signers' certificates are trusted was not checked: "
                                                   "choose File ▸ Set Trust Anchors Folder.");
        }
        return verdict;
    }
    if (!report.allValid()) {
        return QCoreApplication::translate("VerificationDialog", "At least one signature is NOT valid.");
    }
    return QCoreApplication::translate("VerificationDialog",
                                       "The signatures are valid, but the file was changed or extended after the "
                                       "last one.");
}

VerificationDialog::VerificationDialog(const core::VerificationReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Signatures of %1").arg(QFileInfo(report.path).fileName()));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(verificationVerdict(report), this);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    m_details = new QTreeWidget(this);
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Signature"), tr("Result")});
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const core::SignatureCheck &check : report.signatures) {
        auto *top = new QTreeWidgetItem(m_details);
        top->setText(0, tr("#%1 %2").arg(check.index).arg(check.signerCommonName));
        top->setText(1, check.isValid() ? tr("valid") : tr("NOT valid"));
        auto add = [top](const QString &label, const QString &value) {
            auto *row = new QTreeWidgetItem(top);
            row->setText(0, label);
            row->setText(1, value);
        };
        add(tr("Signer"), check.signerSubject);
        if (check.isTrainingCertificate) {
            add(tr("Certificate"), tr("TRAINING certificate: not a real signature"));
        }
        add(tr("Claimed time"), QLocale().toString(check.claimedTime.toLocalTime(), QLocale::LongFormat));
        add(tr("Format"), check.subFilter);
        add(tr("Covers the whole file"), yesNo(check.coversWholeFile));
        add(tr("Changed after signing"), yesNo(check.modifiedAfterSigning));
        add(tr("Digest matches"), yesNo(check.digestMatches));
        add(tr("Signature verifies"), yesNo(check.signatureValid));
        add(tr("Certificate valid at that time"), yesNo(check.certificateValidAtClaimedTime));
        QString trust = tr("not checked (no trust anchors configured)");
        if (check.trust == core::SignatureCheck::Trust::Trusted) {
            trust = tr("trusted");
        } else if (check.trust == core::SignatureCheck::Trust::Untrusted) {
            trust = tr("not trusted: %1").arg(check.trustDetail);
        }
        add(tr("Certificate chain"), trust);
        for (const QString &problem : check.problems) {
            add(tr("Problem"), problem);
        }
        for (const QString &note : check.notes) {
            add(tr("Note"), note);
        }
        top->setExpanded(true);
    }
    layout->addWidget(m_details, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString VerificationDialog::verdict() const
{
    return m_verdict->text();
}

} // namespace mla::ui
