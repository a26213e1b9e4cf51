#pragma once

#include "signing/secret.h"
#include "signing/signingresult.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace mla::core {

/// What the user sees of a certificate.
struct CertificateInfo
{
    QString commonName;
    QString subject; ///< RFC 2253 distinguished name, most specific first ("CN=…,O=…,C=…")
    QString issuer;
    QString serialNumber;      ///< hexadecimal
    QString sha256Fingerprint; ///< hexadecimal, lower case, of the DER encoding
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    QString keyDescription;    ///< "RSA 3072", "EC P-256", …
    bool canSign = false;      ///< key usage allows digitalSignature or nonRepudiation (or is unrestricted)
    bool isTraining = false;   ///< the subject says TRAINING: made by createTrainingCertificate()
};

/// A signing certificate with its private key and the rest of its chain, as read from a PKCS#12
/// file. Copies share the same key material, which is freed (and wiped by OpenSSL) with the last
/// copy; nothing of it is written anywhere. A default-constructed identity is null.
class SigningIdentity
{
public:
    SigningIdentity();
    bool isNull() const { return !m_data; }

    CertificateInfo certificate() const;
    /// The other certificates of the file (intermediate and root certificates), in file order.
    QList<CertificateInfo> chain() const;
    /// DER of the signing certificate.
    QByteArray certificateDer() const;
    /// Total DER size of the signing certificate and its chain, for sizing the signature.
    qsizetype chainDerSize() const;

    struct Data; ///< OpenSSL handles; defined in certificates.cpp
    explicit SigningIdentity(std::shared_ptr<const Data> data);
    const Data *data() const { return m_data.get(); }

private:
    std::shared_ptr<const Data> m_data;
};

/// Reads a PKCS#12 (.p12/.pfx) file and checks that its certificate can sign at @p at (default:
/// now): within its validity period and with a key usage that allows signatures. Fails with
/// NotAPkcs12, BadPassphrase, CertificateExpired, CertificateNotYetValid, KeyUsageUnsuitable or
/// IoError. The passphrase is used for this call only.
SigningResult<SigningIdentity> importPkcs12(const QString &path, const Secret &passphrase,
                                            const QDateTime &at = {});
/// The same for the bytes of a PKCS#12 file; @p sourceName names it in messages.
SigningResult<SigningIdentity> importPkcs12Data(const QByteArray &data, const Secret &passphrase,
                                                const QDateTime &at = {}, const QString &sourceName = {});

/// Parameters of a training certificate.
struct TrainingCertificateOptions
{
    enum class KeyType
    {
        Rsa3072,
        EcP256
    };

    /// The signer's name; the certificate's common name becomes "<name> (TRAINING)".
    QString name = QStringLiteral("Training Signer");
    KeyType keyType = KeyType::EcP256;
    /// Protects the .p12 file; when empty a passphrase is generated and returned once.
    Secret passphrase;
    /// The leaf certificate's validity; defaults: one hour ago until two years from now. The
    /// training CA is valid from a day before to a day after the leaf.
    QDateTime notBefore;
    QDateTime notAfter;
};

/// What createTrainingCertificate() wrote.
struct TrainingCertificate
{
    QString caCertificatePath; ///< ca.pem: the training CA, to trust in verify --trust DIR or an NSS database
    QString pkcs12Path;        ///< <name>.p12: leaf key, leaf certificate and the CA certificate
    CertificateInfo ca;
    CertificateInfo leaf;
    /// The generated passphrase of the .p12 file when none was given (show it once, then drop it);
    /// empty otherwise.
    Secret generatedPassphrase;
};

/// Creates a local training CA and a leaf certificate issued by it, for workshops: both subjects
/// say TRAINING so that no one mistakes a training signature for a real one. The leaf has key
/// usage digitalSignature + nonRepudiation and extended key usage emailProtection. Writes ca.pem and
/// <name>.p12 into @p directory (created if missing) through SafeSave; the CA's private key is
/// discarded. Refuses to replace an existing ca.pem or .p12 there.
Result<TrainingCertificate> createTrainingCertificate(const QString &directory,
                                                      const TrainingCertificateOptions &options = {});

} // namespace mla::core
