#pragma once

// Internal to core/signing: the CMS (PKCS#7) side of PDF signatures.

#include "signing/identitydata.h"
#include "signing/opensslutil.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace mla::core::detail {

/// A detached CMS SignedData over @p content: SHA-256, the signer's certificate and chain,
/// signed attributes contentType, messageDigest and signing-certificate-v2 (ESS, RFC 5035) and
/// no signing-time attribute. OpenSSL 3.0 always adds signing-time, so it is deleted afterwards
/// and the remaining attributes are signed again. Returns the DER, or "" with @p error set.
QByteArray createDetachedCms(const SigningIdentity::Data &identity, QByteArrayView first,
                             QByteArrayView second, QString *error);

/// What a CMS signature says about itself and the content it covers.
struct CmsInspection
{
    bool parsed = false;
    bool digestMatches = false;
    bool signatureValid = false;
    QString digestAlgorithm;
    bool hasSigningTime = false;
    QDateTime signingTime;
    bool hasSigningCertificateV2 = false;
    ossl::X509Ptr signer;            ///< the signing certificate (a reference of its own)
    ossl::X509StackPtr certificates; ///< every certificate the CMS carries
    QString error;
};

/// Parses @p der (trailing zero padding is ignored) and verifies it against the two byte ranges.
CmsInspection inspectDetachedCms(const QByteArray &der, QByteArrayView first, QByteArrayView second);

} // namespace mla::core::detail
