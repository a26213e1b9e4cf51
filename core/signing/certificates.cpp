#include "signing/certificates.h"

#include "io/safesave.h"
#include "signing/identitydata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <climits>
#include <mutex>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Certificates", text);
}

QString keyDescription(EVP_PKEY *key)
{
    if (!key) {
        return {};
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof(group), &length) == 1) {
            const QString name = QString::fromLatin1(group, static_cast<qsizetype>(length));
            if (name == QLatin1String("prime256v1")) {
                return QStringLiteral("EC P-256");
            }
            if (name == QLatin1String("secp384r1")) {
                return QStringLiteral("EC P-384");
            }
            if (name == QLatin1String("secp521r1")) {
                return QStringLiteral("EC P-521");
            }
            return QStringLiteral("EC ") + name;
        }
        return QStringLiteral("EC");
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    default:
        break;
    }
    return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
}

bool allowsSignatures(X509 *certificate)
{
    const uint32_t usage = X509_get_key_usage(certificate);
    return usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
}

/// Makes OpenSSL's legacy provider (RC2, 3DES PBE of older .pfx exports) available next to the
/// default one. Returns false when it is not installed.
bool loadLegacyProvider()
{
    static std::once_flag once;
    static bool loaded = false;
    std::call_once(once, [] {
        loaded = OSSL_PROVIDER_try_load(nullptr, "legacy", 1) != nullptr;
        ossl::clearErrors();
    });
    return loaded;
}

} // namespace

CertificateInfo describeCertificate(X509 *certificate)
{
    CertificateInfo info;
    if (!certificate) {
        return info;
    }
    const X509_NAME *subject = X509_get_subject_name(certificate);
    info.commonName = ossl::commonName(subject);
    info.subject = ossl::nameToString(subject);
    info.issuer = ossl::nameToString(X509_get_issuer_name(certificate));
    ossl::BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    if (serial) {
        char *hex = BN_bn2hex(serial.get());
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &digestLength) == 1) {
        info.sha256Fingerprint =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), digestLength).toHex());
    }
    info.notBefore = ossl::toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = ossl::toDateTime(X509_get0_notAfter(certificate));
    info.keyDescription = keyDescription(X509_get0_pubkey(certificate));
    info.canSign = allowsSignatures(certificate);
    info.isTraining = info.subject.contains(QLatin1String("TRAINING"));
    return info;
}

SigningIdentity::SigningIdentity() = default;

SigningIdentity::SigningIdentity(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

CertificateInfo SigningIdentity::certificate() const
{
    return m_data ? describeCertificate(m_data->certificate.get()) : CertificateInfo();
}

QList<CertificateInfo> SigningIdentity::chain() const
{
    QList<CertificateInfo> list;
    if (m_data) {
        for (const auto &certificate : m_data->chain) {
            list << describeCertificate(certificate.get());
        }
    }
    return list;
}

QByteArray SigningIdentity::certificateDer() const
{
    return m_data ? ossl::toDer(m_data->certificate.get()) : QByteArray();
}

qsizetype SigningIdentity::chainDerSize() const
{
    if (!m_data) {
        return 0;
    }
    qsizetype size = i2d_X509(m_data->certificate.get(), nullptr);
    for (const auto &certificate : m_data->chain) {
        size += i2d_X509(certificate.get(), nullptr);
    }
    return size;
}

SigningResult<SigningIdentity> importPkcs12(const QString &path, const Secret &passphrase,
                                            const QDateTime &at)
{
    QFile file(path);
    if (!file.exists()) {
        return SigningError{SigningStatus::IoError, tr("%1 does not exist.").arg(path)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return SigningError{SigningStatus::IoError, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    // A PKCS#12 file is a few kilobytes; anything far larger is not one.
    constexpr qint64 kMaxSize = 1024 * 1024;
    if (file.size() > kMaxSize) {
        return SigningError{SigningStatus::NotAPkcs12, QFileInfo(path).fileName()};
    }
    const QByteArray data = file.readAll();
    return importPkcs12Data(data, passphrase, at, QFileInfo(path).fileName());
}

SigningResult<SigningIdentity> importPkcs12Data(const QByteArray &data, const Secret &passphrase,
                                                const QDateTime &at, const QString &sourceName)
{
    ossl::clearErrors();
    auto bio = ossl::readOnlyBio(data);
    ossl::Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12) {
        ossl::clearErrors();
        return SigningError{SigningStatus::NotAPkcs12, sourceName};
    }
    // An empty passphrase may mean "no password" (NULL) or the empty string; try both.
    const char *password = passphrase.data();
    const int passwordLength = static_cast<int>(passphrase.size());
    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac) {
        bool macOk = PKCS12_verify_mac(p12.get(), password, passwordLength) == 1;
        if (!macOk && passphrase.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1) {
            macOk = true;
            password = nullptr;
        }
        if (!macOk) {
            ossl::clearErrors();
            return SigningError{SigningStatus::BadPassphrase, {}};
        }
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    bool parsed = PKCS12_parse(p12.get(), password, &rawKey, &rawCertificate, &rawChain) == 1;
    if (!parsed && loadLegacyProvider()) {
        ossl::clearErrors();
        parsed = PKCS12_parse(p12.get(), password, &rawKey, &rawCertificate, &rawChain) == 1;
    }
    auto identity = std::make_shared<SigningIdentity::Data>();
    identity->key.reset(rawKey);
    identity->certificate.reset(rawCertificate);
    ossl::X509StackPtr chain(rawChain);
    if (!parsed) {
        const QString why = ossl::takeErrors();
        // Without a MAC a wrong passphrase only shows as a decryption failure.
        if (!hasMac) {
            return SigningError{SigningStatus::BadPassphrase, {}};
        }
        return SigningError{SigningStatus::NotAPkcs12,
                            sourceName.isEmpty() ? why : sourceName + QStringLiteral(": ") + why};
    }
    if (!identity->key || !identity->certificate) {
        return SigningError{SigningStatus::NotAPkcs12,
                            tr("%1 holds no private key together with its certificate.").arg(sourceName)};
    }
    if (X509_check_private_key(identity->certificate.get(), identity->key.get()) != 1) {
        ossl::clearErrors();
        return SigningError{SigningStatus::NotAPkcs12,
                            tr("In %1 the private key does not belong to the certificate.").arg(sourceName)};
    }
    while (chain && sk_X509_num(chain.get()) > 0) {
        identity->chain.insert(identity->chain.begin(), ossl::X509Ptr(sk_X509_pop(chain.get())));
    }

    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    time_t seconds = static_cast<time_t>(when.toSecsSinceEpoch());
    const CertificateInfo info = describeCertificate(identity->certificate.get());
    if (X509_cmp_time(X509_get0_notBefore(identity->certificate.get()), &seconds) > 0) {
        return SigningError{
            SigningStatus::CertificateNotYetValid,
            tr("\"%1\" is valid from %2.").arg(info.commonName, info.notBefore.toString(Qt::ISODate))};
    }
    if (X509_cmp_time(X509_get0_notAfter(identity->certificate.get()), &seconds) < 0) {
        return SigningError{
            SigningStatus::CertificateExpired,
            tr("\"%1\" expired on %2.").arg(info.commonName, info.notAfter.toString(Qt::ISODate))};
    }
    if (!info.canSign) {
        return SigningError{SigningStatus::KeyUsageUnsuitable,
                            tr("Certificate: \"%1\".").arg(info.commonName)};
    }
    return SigningIdentity(std::shared_ptr<const SigningIdentity::Data>(std::move(identity)));
}

// ---- training certificates -------------------------------------------------------------------

namespace {

ossl::EvpPkeyPtr generateKey(TrainingCertificateOptions::KeyType type)
{
    switch (type) {
    case TrainingCertificateOptions::KeyType::Rsa3072:
        return ossl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)));
    case TrainingCertificateOptions::KeyType::EcP256:
        return ossl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    }
    return {};
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    ossl::X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

struct CertificateRequest
{
    EVP_PKEY *key = nullptr; ///< subject's key
    X509_NAME *subject = nullptr;
    X509 *issuer = nullptr;        ///< null: self-signed
    EVP_PKEY *issuerKey = nullptr; ///< signs the certificate
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
};

ossl::X509Ptr makeCertificate(const CertificateRequest &request)
{
    ossl::X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1) {
        return {};
    }
    ossl::BignumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) {
        return {};
    }
    ossl::Asn1IntegerPtr serialInteger(BN_to_ASN1_INTEGER(serial.get(), nullptr));
    if (!serialInteger || X509_set_serialNumber(certificate.get(), serialInteger.get()) != 1) {
        return {};
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()),
                       static_cast<time_t>(request.notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                       static_cast<time_t>(request.notAfter.toSecsSinceEpoch()))) {
        return {};
    }
    X509 *issuer = request.issuer ? request.issuer : certificate.get();
    if (X509_set_subject_name(certificate.get(), request.subject) != 1 ||
        X509_set_issuer_name(certificate.get(),
                             request.issuer ? X509_get_subject_name(request.issuer) : request.subject) != 1 ||
        X509_set_pubkey(certificate.get(), request.key) != 1) {
        return {};
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate.get(), nullptr, nullptr, 0);
    bool ok = true;
    if (request.isCa) {
        ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    } else {
        ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate.get(), &context, NID_key_usage,
                          "critical,digitalSignature,nonRepudiation") &&
             addExtension(certificate.get(), &context, NID_ext_key_usage, "emailProtection") &&
             addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash") &&
             addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(certificate.get(), request.issuerKey, EVP_sha256()) <= 0) {
        return {};
    }
    return certificate;
}

QString fileStem(const QString &name)
{
    QString stem = name.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-'))) {
        stem.remove(0, 1);
    }
    while (stem.endsWith(QLatin1Char('-'))) {
        stem.chop(1);
    }
    return stem.isEmpty() ? QStringLiteral("training-signer") : stem.left(60);
}

Error internalError(const QString &what)
{
    const QString why = ossl::takeErrors();
    return makeError(ErrorCode::Export, why.isEmpty() ? what : what + QStringLiteral(": ") + why);
}

} // namespace

Result<TrainingCertificate> createTrainingCertificate(const QString &directory,
                                                      const TrainingCertificateOptions &options)
{
    ossl::clearErrors();
    const QString name =
        options.name.trimmed().isEmpty() ? QStringLiteral("Training Signer") : options.name.trimmed();
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(directory));
    }
    TrainingCertificate result;
    result.caCertificatePath = dir.absoluteFilePath(QStringLiteral("ca.pem"));
    result.pkcs12Path = dir.absoluteFilePath(fileStem(name) + QStringLiteral(".p12"));
    for (const QString &path : {result.caCertificatePath, result.pkcs12Path}) {
        if (QFileInfo::exists(path)) {
            return makeError(
                ErrorCode::InvalidArgument,
                tr("%1 already exists; choose an empty folder for a new training certificate.").arg(path));
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime leafFrom = options.notBefore.isValid() ? options.notBefore.toUTC() : now.addSecs(-3600);
    const QDateTime leafUntil = options.notAfter.isValid() ? options.notAfter.toUTC() : now.addYears(2);
    if (leafUntil <= leafFrom) {
        return makeError(ErrorCode::InvalidArgument, tr("The certificate's validity ends before it starts."));
    }

    auto caKey = generateKey(options.keyType);
    auto leafKey = generateKey(options.keyType);
    if (!caKey || !leafKey) {
        return internalError(tr("Cannot generate a key"));
    }
    ossl::X509NamePtr caName(X509_NAME_new());
    ossl::X509NamePtr leafName(X509_NAME_new());
    if (!caName || !leafName ||
        !addNameEntry(caName.get(), "O", QStringLiteral("MLA Request Writer TRAINING")) ||
        !addNameEntry(caName.get(), "CN", QStringLiteral("MLA Request Writer Training CA (TRAINING)")) ||
        !addNameEntry(leafName.get(), "O", QStringLiteral("MLA Request Writer TRAINING")) ||
        !addNameEntry(leafName.get(), "OU", QStringLiteral("TRAINING - not for real signatures")) ||
        !addNameEntry(leafName.get(), "CN", name + QStringLiteral(" (TRAINING)"))) {
        return internalError(tr("Cannot build the certificate names"));
    }
    CertificateRequest caRequest;
    caRequest.key = caKey.get();
    caRequest.subject = caName.get();
    caRequest.issuerKey = caKey.get();
    caRequest.notBefore = leafFrom.addDays(-1);
    caRequest.notAfter = leafUntil.addDays(1);
    caRequest.isCa = true;
    auto ca = makeCertificate(caRequest);
    if (!ca) {
        return internalError(tr("Cannot create the training CA"));
    }
    CertificateRequest leafRequest;
    leafRequest.key = leafKey.get();
    leafRequest.subject = leafName.get();
    leafRequest.issuer = ca.get();
    leafRequest.issuerKey = caKey.get();
    leafRequest.notBefore = leafFrom;
    leafRequest.notAfter = leafUntil;
    auto leaf = makeCertificate(leafRequest);
    if (!leaf) {
        return internalError(tr("Cannot create the training certificate"));
    }

    Secret passphrase = options.passphrase;
    if (passphrase.isEmpty()) {
        passphrase = Secret::generatePassphrase();
        if (passphrase.isEmpty()) {
            return internalError(tr("Cannot generate a passphrase"));
        }
        result.generatedPassphrase = passphrase;
    }
    ossl::X509StackPtr chain(sk_X509_new_null());
    if (!chain || !X509_up_ref(ca.get()) || !sk_X509_push(chain.get(), ca.get())) {
        return internalError(tr("Cannot build the certificate chain"));
    }
    const QByteArray friendlyName = (name + QStringLiteral(" (TRAINING)")).toUtf8();
    ossl::Pkcs12Ptr p12(PKCS12_create(passphrase.data(), friendlyName.constData(), leafKey.get(), leaf.get(),
                                      chain.get(), 0, 0, 0, 0, 0));
    if (!p12) {
        return internalError(tr("Cannot create the PKCS#12 file"));
    }
    ossl::BioPtr p12Bio(BIO_new(BIO_s_mem()));
    ossl::BioPtr caBio(BIO_new(BIO_s_mem()));
    if (!p12Bio || !caBio || i2d_PKCS12_bio(p12Bio.get(), p12.get()) != 1 ||
        PEM_write_bio_X509(caBio.get(), ca.get()) != 1) {
        return internalError(tr("Cannot encode the certificates"));
    }
    const QFileDevice::Permissions publicRead =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (auto written = SafeSave::write(result.caCertificatePath, ossl::bioContents(caBio.get()), publicRead);
        !written) {
        return written.error();
    }
    if (auto written = SafeSave::write(result.pkcs12Path, ossl::bioContents(p12Bio.get())); !written) {
        return written.error();
    }
    result.ca = describeCertificate(ca.get());
    result.leaf = describeCertificate(leaf.get());
    return result;
}

} // namespace mla::core
